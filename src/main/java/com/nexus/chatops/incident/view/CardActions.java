package com.nexus.chatops.incident.view;

import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.usersSelect;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.slack.SlackIds;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;

/**
 * The card's controls. Buttons carry the incident id as their value; the severity option values are
 * "{id}:{severity}"; the user selects are tied to the incident through the channel the card lives in.
 */
final class CardActions {
    private CardActions() {}

    static List<BlockElement> of(Incident i, NexusConfig config) {
        String id = Long.toString(i.id());
        List<BlockElement> e = new ArrayList<>();
        e.add(button(b -> b.actionId(IncidentCard.UPDATE).text(plainText("Post update")).value(id).style("primary")));
        List<OptionObject> options = config.severities().keySet().stream()
                .map(s -> option(plainText(Severities.option(config, s)), id + ":" + s)).toList();
        OptionObject current = options.stream().filter(o -> o.getValue().equals(id + ":" + i.severity()))
                .findFirst().orElse(null);
        e.add(staticSelect(s -> s.actionId(IncidentCard.SEVERITY).placeholder(plainText("Change severity"))
                .options(options).initialOption(current)));
        e.add(usersSelect(u -> u.actionId(IncidentCard.ASSIGN_COMMANDER).placeholder(plainText("Assign commander"))
                .initialUser(SlackIds.isUser(i.commander()) ? i.commander() : null)));
        e.add(usersSelect(u -> u.actionId(IncidentCard.ASSIGN_COMMS).placeholder(plainText("Assign comms lead"))
                .initialUser(SlackIds.isUser(i.comms()) ? i.comms() : null)));
        e.add(button(b -> b.actionId(IncidentCard.RESOLVE).text(plainText("Resolve")).value(id).style("danger")));
        if (i.pagerdutyIncidentId() != null && i.acknowledgedAt() == null) {
            e.add(button(b -> b.actionId(IncidentCard.ACK).text(plainText("Acknowledge")).value(id)));
        }
        return e;
    }
}
