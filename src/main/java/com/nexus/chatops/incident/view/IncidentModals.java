package com.nexus.chatops.incident.view;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.core.Texts;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;

/** The "Declare an incident" form: title, severity, affected service from the catalog, optional description. */
public final class IncidentModals {
    public static final String DECLARE = "incident.declare";
    public static final String TITLE = "title";
    public static final String SEVERITY = "severity";
    public static final String SERVICE = "service";
    public static final String DESCRIPTION = "description";
    public static final int MAX_TITLE = 150;

    private IncidentModals() {}

    /**
     * @param title         pre-filled (from a message shortcut), may be empty
     * @param severity      pre-selected, may be null
     * @param originChannel where the form was opened; the confirmation goes there (kept in private_metadata)
     */
    public static View declare(NexusConfig config, String title, String severity, String originChannel) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String initialTitle = title == null || title.isBlank() ? null : Texts.cut(title.replaceAll("\\s+", " ").strip(), MAX_TITLE);
        blocks.add(input(i -> i.blockId(TITLE).label(plainText("Title"))
                .element(plainTextInput(p -> p.actionId(TITLE).maxLength(MAX_TITLE).initialValue(initialTitle)
                        .placeholder(plainText("Elevated 5xx on core-api"))))));
        List<OptionObject> severities = config.severities().keySet().stream()
                .map(s -> option(plainText(Severities.option(config, s)), s)).toList();
        OptionObject chosen = severities.stream().filter(o -> o.getValue().equals(severity)).findFirst().orElse(null);
        blocks.add(input(i -> i.blockId(SEVERITY).label(plainText("Severity"))
                .element(staticSelect(s -> s.actionId(SEVERITY).options(severities).initialOption(chosen)
                        .placeholder(plainText("How bad is it?"))))));
        if (!config.services().isEmpty()) {
            List<OptionObject> services = config.services().keySet().stream().limit(100)
                    .map(s -> option(plainText(Texts.cut(s, 75)), s)).toList();
            blocks.add(input(i -> i.blockId(SERVICE).label(plainText("Affected service")).optional(true)
                    .element(staticSelect(s -> s.actionId(SERVICE).options(services)
                            .placeholder(plainText("Pick a service"))))));
        }
        blocks.add(input(i -> i.blockId(DESCRIPTION).label(plainText("What is happening?")).optional(true)
                .element(plainTextInput(p -> p.actionId(DESCRIPTION).multiline(true).maxLength(2000)))));
        return view(v -> v.type("modal").callbackId(DECLARE)
                .title(viewTitle(t -> t.type("plain_text").text("Declare an incident")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Declare")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .privateMetadata(originChannel == null ? "" : originChannel)
                .blocks(blocks));
    }
}
