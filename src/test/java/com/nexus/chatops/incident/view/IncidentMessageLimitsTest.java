package com.nexus.chatops.incident.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.nexus.chatops.command.Phase;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.slack.SlackWebGateway;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.timeline.TimelineEntry;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every incident message posted through the production gateway to the fake Slack, which rejects what real Slack
 * rejects (msg_too_long, invalid_blocks, msg_blocks_too_long): long unicode titles, 200 timeline entries, long lists.
 */
class IncidentMessageLimitsTest {
    static final NexusConfig CONFIG = NexusConfig.defaults();
    FakeSlack slack;
    SlackGateway gateway;

    @BeforeEach
    void start() {
        slack = FakeSlack.start().rateLimits(false).addUser("U0ALICE1", "alice", "alice@example.com")
                .addChannel("C0INC1", "incident-20261124-001", "U0ALICE1");
        gateway = new SlackWebGateway(slack.methodsAsync());
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void shouldPostCardAnnouncementAndTopicWhenTheTitleIsAsLongAsAllowedAndFullOfUnicode() {
        Incident incident = IncidentSamples.paged(1, IncidentSamples.longTitle());
        Incident resolved = incident.withStatus(Phase.RESOLVED, IncidentSamples.DECLARED.plusSeconds(4000));

        assertThatCode(() -> {
            String ts = gateway.post("C0INC1", IncidentCard.render(incident, CONFIG)).join();
            gateway.update("C0INC1", ts, IncidentCard.render(resolved, CONFIG)).join();
            gateway.post("C0INC1", IncidentNotices.announcement(incident, "x".repeat(2000))).join();
            gateway.post("C0INC1", IncidentNotices.declared(incident)).join();
            gateway.setTopic("C0INC1", IncidentTopic.of(incident)).join();
        }).doesNotThrowAnyException();
        assertThat(IncidentTopic.of(incident).length()).isLessThanOrEqualTo(250);
        assertThat(slack.topic("C0INC1")).contains("Commander: <@U0ALICE1>");
    }

    @Test
    void shouldPageTwoHundredLongTimelineEntriesIntoMessagesSlackAccepts() {
        Incident incident = IncidentSamples.open(1, IncidentSamples.longTitle());
        List<TimelineEntry> entries = IntStream.rangeClosed(1, 200).mapToObj(n -> new TimelineEntry(1,
                IncidentSamples.DECLARED.plusSeconds(n * 30L), "update", "U0BOB1",
                "entry-" + n + "-end " + "状況 🔥 ".repeat(60), null)).toList();

        List<Reply> pages = TimelineBlocks.pages(incident, entries);

        assertThat(pages).hasSizeGreaterThan(2);
        for (Reply page : pages) {
            assertThat(page.blocks()).hasSizeLessThanOrEqualTo(50);
            assertThat(sectionTexts(page)).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(3000));
            assertThat(sectionTexts(page).stream().mapToInt(String::length).sum()).isLessThanOrEqualTo(12_000);
            assertThatCode(() -> gateway.postEphemeral("C0INC1", "U0ALICE1", page).join()).doesNotThrowAnyException();
        }
        String all = String.join("\n", pages.stream().flatMap(p -> sectionTexts(p).stream()).toList());
        List<Integer> positions = IntStream.rangeClosed(1, 200).mapToObj(n -> all.indexOf("entry-" + n + "-end")).toList();
        assertThat(positions).doesNotContain(-1).isSorted();
    }

    @Test
    void shouldListSixtyOpenIncidentsInOneMessageAndOneHomeTab() {
        List<Incident> open = IntStream.rangeClosed(1, 60)
                .mapToObj(n -> IncidentSamples.open(n, IncidentSamples.longTitle())).toList();

        Reply list = IncidentLists.open(open);
        var home = HomeTab.view(open, open);

        assertThat(list.blocks()).hasSizeLessThanOrEqualTo(50);
        assertThat(home.getBlocks()).hasSizeLessThanOrEqualTo(100);
        assertThatCode(() -> gateway.postEphemeral("C0INC1", "U0ALICE1", list).join()).doesNotThrowAnyException();
        assertThatCode(() -> gateway.publishHome("U0ALICE1", home).join()).doesNotThrowAnyException();
        assertThat(list.text()).contains("60 open incidents");
    }

    private static List<String> sectionTexts(Reply reply) {
        List<String> texts = new ArrayList<>();
        for (LayoutBlock block : reply.blocks()) {
            if (block instanceof SectionBlock s && s.getText() != null) {
                texts.add(s.getText().getText());
            }
        }
        return texts;
    }
}
