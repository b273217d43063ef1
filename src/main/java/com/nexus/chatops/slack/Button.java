package com.nexus.chatops.slack;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.nexus.chatops.core.Texts;
import com.slack.api.model.block.composition.ConfirmationDialogObject;
import com.slack.api.model.block.element.ButtonElement;
import java.util.Optional;

/**
 * A message button: what it is called and what it carries back. Who may press it is decided when it is pressed,
 * never by the message. {@code style} is "primary", "danger" or null; {@code ask} puts a dialog in front of it.
 */
public record Button(String actionId, String value, String label, String style, Optional<Ask> ask) {
    /** Slack's limits on a confirmation dialog's title and text. */
    private static final int MAX_TITLE = 100;
    private static final int MAX_TEXT = 300;

    /** "Are you sure?" before the click counts: a title, the question in plain text, and the two answers. */
    public record Ask(String title, String text, String yes, String no) {
    }

    public static Button of(String actionId, String value, String label) {
        return new Button(actionId, value, label, null, Optional.empty());
    }

    public Button styled(String buttonStyle) {
        return new Button(actionId, value, label, buttonStyle, ask);
    }

    public Button asking(Ask dialog) {
        return new Button(actionId, value, label, style, Optional.of(dialog));
    }

    ButtonElement element() {
        return ButtonElement.builder().actionId(actionId).value(value).style(style).text(plainText(label))
                .confirm(ask.map(Button::dialog).orElse(null)).build();
    }

    private static ConfirmationDialogObject dialog(Ask a) {
        return ConfirmationDialogObject.builder()
                .title(plainText(Texts.cut(a.title(), MAX_TITLE - 1)))
                .text(plainText(Texts.cut(a.text(), MAX_TEXT)))
                .confirm(plainText(a.yes()))
                .deny(plainText(a.no()))
                .build();
    }
}
