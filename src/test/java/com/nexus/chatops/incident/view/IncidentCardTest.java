package com.nexus.chatops.incident.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.command.Phase;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.slack.Reply;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.StaticSelectElement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The incident card as Block Kit: what it shows, which controls it offers, and when it freezes. */
class IncidentCardTest {
    static final NexusConfig CONFIG = NexusConfig.defaults();

    @Test
    void shouldOfferUpdateSeverityRolesAndResolveWhenTheIncidentIsOpen() {
        Reply card = IncidentCard.render(IncidentSamples.open(7, "DB down"), CONFIG);

        ActionsBlock actions = actions(card);
        assertThat(actions.getElements()).extracting(e -> e instanceof ButtonElement b ? b.getActionId()
                        : e instanceof StaticSelectElement s ? s.getActionId()
                        : ((com.slack.api.model.block.element.UsersSelectElement) e).getActionId())
                .containsExactly("incident.update.open", "incident.severity.select", "incident.assign.commander",
                        "incident.assign.comms", "incident.resolve.open");
        assertThat(actions.getElements()).filteredOn(e -> e instanceof ButtonElement)
                .allSatisfy(e -> assertThat(((ButtonElement) e).getValue()).isEqualTo("7"));
        StaticSelectElement severity = (StaticSelectElement) actions.getElements().get(1);
        assertThat(severity.getOptions()).extracting(o -> o.getValue()).containsExactly("7:sev1", "7:sev2", "7:sev3", "7:sev4");
        assertThat(severity.getInitialOption().getValue()).isEqualTo("7:sev2");
    }

    @Test
    void shouldShowTheNextUpdateDueOneCadenceAfterTheLastUpdateInEachReadersTimezone() {
        Incident incident = IncidentSamples.open(1, "DB down");
        long due = incident.lastUpdateAt().plusSeconds(30 * 60).getEpochSecond();

        String shown = card(IncidentCard.render(incident, CONFIG));

        assertThat(shown).contains("*Next update due*\n<!date^" + due + "^")
                .contains("*Last update*\n<!date^" + incident.lastUpdateAt().getEpochSecond() + "^")
                .contains("*Severity*\nSEV2 — Major degradation (respond within 30 min)")
                .contains("*Status*\nIdentified").contains("*Commander*\n<@U0ALICE1>").contains("*Comms lead*\n<@U0BOB1>");
        assertThat(card(IncidentCard.render(incident.withSeverity("sev4"), CONFIG))).doesNotContain("Next update due");
    }

    @Test
    void shouldOfferAcknowledgeOnlyWhilePagerDutyIsLinkedAndUnacknowledged() {
        Incident linked = IncidentSamples.open(1, "DB down").withPagerDuty("Q1ABCDEF");

        assertThat(actionIds(IncidentCard.render(linked, CONFIG))).contains("incident.ack");
        assertThat(card(IncidentCard.render(linked, CONFIG))).contains("<https://app.pagerduty.com/incidents/Q1ABCDEF|Q1ABCDEF>")
                .contains("not acknowledged");
        assertThat(actionIds(IncidentCard.render(IncidentSamples.paged(1, "DB down"), CONFIG))).doesNotContain("incident.ack");
        assertThat(actionIds(IncidentCard.render(IncidentSamples.open(1, "DB down"), CONFIG))).doesNotContain("incident.ack");
    }

    @Test
    void shouldFreezeWithTimeToAcknowledgeAndResolveWhenTheIncidentIsResolved() {
        Incident resolved = IncidentSamples.paged(1, "DB down")
                .withStatus(Phase.RESOLVED, IncidentSamples.DECLARED.plusSeconds(2 * 3600 + 5 * 60));

        Reply card = IncidentCard.render(resolved, CONFIG);

        assertThat(card.blocks()).noneMatch(b -> b instanceof ActionsBlock);
        assertThat(card(card)).contains(":white_check_mark:").contains("*Time to acknowledge*\n4 min")
                .contains("*Time to resolve*\n2 h 05 min").doesNotContain("Next update due");
    }

    @Test
    void shouldEscapeTheTitleWhenItContainsMrkdwnControlCharacters() {
        assertThat(card(IncidentCard.render(IncidentSamples.open(1, "<!channel> & co"), CONFIG)))
                .contains("@channel &amp; co").doesNotContain("<!channel>");
    }

    private static ActionsBlock actions(Reply card) {
        return (ActionsBlock) card.blocks().stream().filter(b -> b instanceof ActionsBlock).findFirst().orElseThrow();
    }

    @Test
    void shouldMentionAPersonInTheTitleButPageNobodyWhenTheTitleHoldsMentions() {
        Incident titled = IncidentSamples.open(1, "Login down for <@U024BE7LH|alice> <!channel> & <http://evil|ok>");

        Reply card = IncidentCard.render(titled, CONFIG);

        assertThat(card(card)).contains("Login down for <@U024BE7LH> @channel &amp; &lt;http://evil|ok&gt;")
                .doesNotContain("<!channel>").doesNotContain("U024BE7LH|");
        assertThat(card.text()).contains("<@U024BE7LH>").doesNotContain("<!channel>");
        assertThat(CommsMessages.broadcast("[Identified]", "Fixed by <@U024BE7LH|alice>", titled.title(), "SEV2",
                "C0INC001").blocks().toString()).contains("Fixed by <@U024BE7LH>")
                .contains("SEV2 · Login down for <@U024BE7LH> @channel").doesNotContain("<!channel>");
    }

    private static List<String> actionIds(Reply card) {
        return card.blocks().stream().filter(b -> b instanceof ActionsBlock)
                .flatMap(b -> ((ActionsBlock) b).getElements().stream())
                .filter(e -> e instanceof ButtonElement).map(e -> ((ButtonElement) e).getActionId()).toList();
    }

    private static String card(Reply card) {
        StringBuilder s = new StringBuilder();
        for (LayoutBlock b : card.blocks()) {
            if (b instanceof com.slack.api.model.block.SectionBlock section) {
                if (section.getText() != null) {
                    s.append(section.getText().getText()).append('\n');
                }
                if (section.getFields() != null) {
                    section.getFields().forEach(f -> s.append(f.getText()).append('\n'));
                }
            }
        }
        return s.toString();
    }

    @Test
    void shouldEscapeTheTitleInTheNotificationTextAndTheTopicSoItCannotMentionTheChannel() {
        Incident incident = IncidentSamples.open(7, "<!channel> DB & <https://x|cache> down");

        assertThat(IncidentCard.render(incident, CONFIG).text()).contains("@channel DB &amp; &lt;https://x|cache&gt; down")
                .doesNotContain("<!channel>");
        assertThat(IncidentTopic.of(incident)).contains("&lt;!channel&gt; DB &amp; &lt;https://x|cache&gt; down")
                .doesNotContain("<!channel>");
    }

    @Test
    void shouldDropBidiOverridesFromEveryEscapedText() {
        assertThat(com.nexus.chatops.slack.Mrkdwn.escape("a\u202Eb\u2066c\u2069d\u202A")).isEqualTo("abcd");
    }
}
