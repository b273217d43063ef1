package com.nexus.chatops.incident.pagerduty;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.nexus.chatops.incident.pagerduty.PdStage.ADA;
import static com.nexus.chatops.incident.pagerduty.PdStage.ADA_EMAIL;
import static com.nexus.chatops.incident.pagerduty.PdStage.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.pagerduty.Webhooks;
import com.nexus.chatops.testing.FakeView;
import com.nexus.chatops.testing.RunningNexus;
import org.junit.jupiter.api.Test;

/** Resolutions and status updates made in Slack reaching the linked PagerDuty incident, and their echoes. */
class SlackToPagerDutyEndToEndTest extends PdStageTestBase {
    static final String RESOLVED_BY_ADA = "{\"incident\":{\"type\":\"incident_reference\",\"status\":\"resolved\","
            + "\"resolution\":\"Rolled back to v41\"}}";

    @Test
    void shouldResolveThePagerDutyIncidentOnceAsTheResolverAndPostOnceWhenTheEchoArrives() {
        Incident incident = stage.declared("PRES001");

        String reply = stage.command("resolve Rolled back to v41", ADA, incident, "resolve-ada");

        assertThat(reply).contains(":white_check_mark: Resolved.").contains("PagerDuty incident PRES001 resolved too");
        rest.verify(1, putRequestedFor(urlPathEqualTo("/incidents/PRES001")).withHeader("From", equalTo(ADA_EMAIL))
                .withRequestBody(equalToJson(RESOLVED_BY_ADA)));

        stage.delivered("ev-res-echo", Webhooks.incident("ev-res-echo", "incident.resolved", "PRES001",
                PdStage.CORE_API, "high", "P1", "PXPGF42"));

        assertThat(stage.posts(incident, "[Resolved]")).isEqualTo(1);
        assertThat(stage.slack.messages(PdStage.STATUS)).filteredOn(m -> m.text().contains("[Resolved]")).hasSize(1);
        assertThat(stage.timeline(incident.id())).filteredOn(e -> "resolved".equals(e.kind())).hasSize(1);
        assertThat(rest.findAll(putRequestedFor(urlPathMatching("/incidents/.*")))).hasSize(1);
    }

    @Test
    void shouldResolveThePagerDutyIncidentWhenTheCardsResolveFormIsSubmitted() throws Exception {
        Incident incident = stage.declared("PRES002");
        stage.slack.methods().conversationsInvite(r -> r.token(RunningNexus.BOT_TOKEN).channel(incident.channelId())
                .users(java.util.List.of(ADA)));

        stage.nexus.requests().blockAction("incident.resolve.open", Long.toString(incident.id())).user(ADA, "earline")
                .channel(incident.channelId(), incident.channelName()).build().send(stage.nexus.baseUri());
        stage.slack.awaitCall("views.open", WAIT);
        FakeView form = stage.slack.views().get(0);
        stage.nexus.requests().viewSubmission(form.callbackId()).viewId(form.id()).externalId(form.externalId()).privateMetadata(form.privateMetadata())
                .user(ADA, "earline").input("summary", "summary", "Rolled back to v41").build()
                .send(stage.nexus.baseUri());

        await().atMost(WAIT).until(() -> !rest.findAll(putRequestedFor(urlPathEqualTo("/incidents/PRES002"))).isEmpty());
        await().atMost(WAIT).until(() -> stage.reload(incident).resolved());
        rest.verify(1, putRequestedFor(urlPathEqualTo("/incidents/PRES002")).withHeader("From", equalTo(ADA_EMAIL))
                .withRequestBody(equalToJson(RESOLVED_BY_ADA)));
        await().atMost(WAIT).untilAsserted(() -> assertThat(stage.slack.ephemerals())
                .anySatisfy(e -> assertThat(e.text()).contains("PagerDuty incident PRES002 resolved too")));
    }

    @Test
    void shouldAddTheStatusUpdateAsAPagerDutyNoteFromTheAuthorWhenAnUpdateIsPosted() {
        Incident incident = stage.declared("PNOTE01");

        stage.command("update monitoring Error rate back to baseline after the rollback", ADA, incident, "update-ada");

        rest.verify(1, postRequestedFor(urlPathEqualTo("/incidents/PNOTE01/notes")).withHeader("From", equalTo(ADA_EMAIL))
                .withRequestBody(matchingJsonPath("$.note.content",
                        com.github.tomakehurst.wiremock.client.WireMock.containing("Error rate back to baseline"))));
        stage.delivered("ev-note-echo", PdStage.annotated("ev-note-echo", "PNOTE01",
                "[Monitoring] Error rate back to baseline after the rollback"));
        assertThat(stage.timeline(incident.id())).filteredOn(e -> "pagerduty".equals(e.kind())).isEmpty();
    }

    @Test
    void shouldNamePeopleInThePagerDutyNoteRatherThanSendSlackMarkupWhenAnUpdateMentionsThem() {
        Incident incident = stage.declared("PNOTE02");

        stage.command("update monitoring Thanks <@U024BE7LH|alice> &amp; <!subteam^S0123|@oncall>, back to baseline",
                ADA, incident, "update-mention");

        rest.verify(1, postRequestedFor(urlPathEqualTo("/incidents/PNOTE02/notes")).withRequestBody(matchingJsonPath(
                "$.note.content", com.github.tomakehurst.wiremock.client.WireMock.containing(
                        "[Monitoring] Thanks @alice & @oncall, back to baseline."))));
    }

    @Test
    void shouldResolveOnlyItsOwnPagerDutyIncidentAndListTheJoinedOnesWhenAStormIncidentIsResolved() {
        Incident incident = stage.declared("PSTM001");
        for (String pd : new String[] {"PSTM002", "PSTM003", "PSTM004"}) {
            stage.delivered("ev-" + pd, PdStage.event("ev-" + pd, "incident.triggered", pd));
        }
        assertThat(stage.reload(incident).alertCount()).isEqualTo(4);

        String reply = stage.command("resolve Rolled back to v41", ADA, incident, "resolve-storm");

        assertThat(reply).contains("PagerDuty incident PSTM001 resolved too")
                .contains("3 more PagerDuty incidents joined this one: PSTM002, PSTM003, PSTM004")
                .contains("nexus resolves only PSTM001; resolve them in PagerDuty if still open");
        assertThat(rest.findAll(putRequestedFor(urlPathMatching("/incidents/.*")))).singleElement()
                .satisfies(r -> assertThat(r.getUrl()).isEqualTo("/incidents/PSTM001"));
        assertThat(stage.incidentChannels()).hasSize(1);
    }
}
