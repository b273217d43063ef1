package com.nexus.chatops.ingress.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.model.view.ViewState;
import java.util.Map;
import java.util.Optional;

/**
 * Reading what Slack sent without trusting its shape: every value may be missing, null or not what nexus put
 * there (an old card, a sample payload, a forged one). Absent parts read as empty, never as an exception.
 */
final class Payloads {
    /** The answer to a control whose value nexus cannot read: the card was made by another version, or forged. */
    static final String OUT_OF_DATE = "That card is out of date: nexus cannot tell what this control refers to."
            + " Use the `/nexus` command in the incident channel instead (`/nexus help` lists them).";

    private Payloads() {}

    static Optional<String> user(BlockActionPayload p) {
        return Optional.ofNullable(p.getUser()).map(BlockActionPayload.User::getId).filter(s -> !s.isBlank());
    }

    static Optional<BlockActionPayload.Action> action(BlockActionPayload p) {
        return p.getActions() == null || p.getActions().isEmpty() ? Optional.empty()
                : Optional.ofNullable(p.getActions().get(0));
    }

    /** The control's value, or its selected option's value; empty when it has neither. */
    static Optional<String> value(BlockActionPayload p) {
        return action(p).map(a -> a.getSelectedOption() != null ? a.getSelectedOption().getValue() : a.getValue());
    }

    /** Where the control was used: the channel, or the message container's channel. */
    static Optional<String> channel(BlockActionPayload p) {
        if (p.getChannel() != null && p.getChannel().getId() != null && !p.getChannel().getId().isBlank()) {
            return Optional.of(p.getChannel().getId());
        }
        return Optional.ofNullable(p.getContainer()).map(c -> c.getChannelId()).filter(s -> !s.isBlank());
    }

    static Optional<String> channelName(BlockActionPayload p) {
        return Optional.ofNullable(p.getChannel()).map(c -> c.getName());
    }

    static Optional<String> user(ViewSubmissionPayload p) {
        return Optional.ofNullable(p.getUser()).map(u -> u.getId()).filter(s -> !s.isBlank());
    }

    /** The form's values by block; empty when the view carries no state at all. */
    static Map<String, Map<String, ViewState.Value>> values(ViewSubmissionPayload p) {
        if (p.getView() == null || p.getView().getState() == null || p.getView().getState().getValues() == null) {
            return Map.of();
        }
        return p.getView().getState().getValues();
    }

    /** The value of the input whose block and action ids are both {@code id}, as nexus builds its forms. */
    static Optional<ViewState.Value> input(Map<String, Map<String, ViewState.Value>> values, String id) {
        Map<String, ViewState.Value> block = values.get(id);
        return block == null ? Optional.empty() : Optional.ofNullable(block.get(id));
    }

    /** A text input's value, stripped; "" when absent. */
    static String text(Map<String, Map<String, ViewState.Value>> values, String id) {
        return input(values, id).map(ViewState.Value::getValue).map(String::strip).orElse("");
    }

    /** A select's chosen value; empty when nothing was chosen. */
    static Optional<String> selected(Map<String, Map<String, ViewState.Value>> values, String id) {
        return input(values, id).map(ViewState.Value::getSelectedOption).map(o -> o.getValue());
    }

    static Optional<String> privateMetadata(ViewSubmissionPayload p) {
        return Optional.ofNullable(p.getView()).map(v -> v.getPrivateMetadata());
    }
}
