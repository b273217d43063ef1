package com.nexus.chatops.incident.pagerduty;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.nexus.chatops.incident.pagerduty.PdStage.ADA;
import static com.nexus.chatops.incident.pagerduty.PdStage.ADA_EMAIL;
import static com.nexus.chatops.incident.pagerduty.PdStage.CAROL;
import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.audit.AuditRecord;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.testing.FakeEphemeral;
import com.nexus.chatops.testing.SlackDefaults;
import org.junit.jupiter.api.Test;

/**
 * pagerduty.ack, pagerduty.resolve and pagerduty.page under nexus.example.yml's policy (rule 1: responders and
 * leads): who may, who may not and what the audit log keeps of each.
 */
class PagerDutyPolicyEndToEndTest extends PdStageTestBase {
    @Test
    void shouldLeaveTheIncidentUnacknowledgedAndNameTheRuleWhenSomeoneWithoutARoleClicksAcknowledge() throws Exception {
        Incident incident = stage.declared("PPOL001");

        FakeEphemeral reply = stage.clickAcknowledge(incident, CAROL, "carol");

        assertThat(reply.text()).startsWith(":no_entry: Denied:").contains("pagerduty.ack for you (" + CAROL + ")")
                .contains("policy rule 1 allows responders, leads").contains("The incident was not acknowledged");
        assertThat(stage.reload(incident).acknowledgedAt()).isNull();
        assertThat(rest.findAll(putRequestedFor(urlPathMatching("/incidents/.*")))).isEmpty();
        assertThat(stage.audits("pagerduty.ack")).singleElement().satisfies(a -> {
            assertThat(a.actor()).isEqualTo(CAROL);
            assertThat(a.verdict()).isEqualTo("deny");
            assertThat(a.outcome()).isEqualTo("denied");
            assertThat(a.incidentId()).isEqualTo(incident.id());
            assertThat(a.params()).contains("PPOL001");
        });
    }

    @Test
    void shouldAcknowledgeInPagerDutyAndAuditTheVerdictWithItsOutcomeWhenAResponderTypesAck() {
        Incident incident = stage.declared("PPOL002");

        String reply = stage.command("ack", ADA, incident, "ack-ada");

        assertThat(reply).contains("Acknowledged here and in PagerDuty (as " + ADA_EMAIL + ")");
        rest.verify(1, putRequestedFor(urlPathEqualTo("/incidents/PPOL002")).withHeader("From", equalTo(ADA_EMAIL)));
        assertThat(stage.audits("pagerduty.ack")).singleElement().satisfies(a -> {
            assertThat(a.actor()).isEqualTo(ADA);
            assertThat(a.verdict()).isEqualTo("allow");
            assertThat(a.outcome()).isEqualTo("done");
            assertThat(a.reason()).contains("who: " + ADA + " holds responders (policy rule 1)").contains("where: ");
        });
    }

    @Test
    void shouldPageNobodyAndNameTheRuleWhenSomeoneWithoutARolePages() {
        String reply = stage.command("page core-api checkout is failing", CAROL, SlackDefaults.CHANNEL_ID,
                SlackDefaults.CHANNEL_NAME, "page-carol");

        assertThat(reply).contains("Denied:").contains("pagerduty.page for you (" + CAROL + ")")
                .contains("policy rule 1 allows responders, leads").contains("Nobody was paged");
        assertThat(events.findAll(postRequestedFor(urlPathEqualTo("/v2/enqueue")))).isEmpty();
        assertThat(stage.audits("pagerduty.page")).singleElement().satisfies(a -> {
            assertThat(a.verdict()).isEqualTo("deny");
            assertThat(a.target()).isEqualTo("core-api");
            assertThat(a.channel()).isEqualTo(SlackDefaults.CHANNEL_ID);
        });
    }

    @Test
    void shouldSayTheServiceCannotBePagedBeforeAnyPolicyRuleWhenItHasNoRoutingKey() {
        String reply = stage.command("page frontend checkout is failing", CAROL, SlackDefaults.CHANNEL_ID,
                SlackDefaults.CHANNEL_NAME, "page-frontend");

        assertThat(reply).contains("`frontend` has no pagerduty.routingKey").contains("Nobody was paged")
                .doesNotContain("Denied");
        events.verify(0, postRequestedFor(urlPathEqualTo("/v2/enqueue")));
    }

    @Test
    void shouldNameThePagedServiceWhenPagerDutyKeepsFailing() {
        events.stubFor(post("/v2/enqueue").willReturn(aResponse().withStatus(503)));

        String reply = stage.command("page core-api checkout is failing", ADA, SlackDefaults.CHANNEL_ID,
                SlackDefaults.CHANNEL_NAME, "page-ada-503");

        assertThat(reply).contains("PagerDuty did not page core-api after").doesNotContain("page nexus");
    }

    @Test
    void shouldPageAndAuditTheDedupKeyWhenAResponderPages() {
        String reply = stage.command("page core-api checkout is failing", ADA, SlackDefaults.CHANNEL_ID,
                SlackDefaults.CHANNEL_NAME, "page-ada");

        assertThat(reply).contains(":pager: Paged core-api through PagerDuty");
        events.verify(1, postRequestedFor(urlPathEqualTo("/v2/enqueue")));
        AuditRecord audit = stage.audits("pagerduty.page").get(0);
        assertThat(stage.audits("pagerduty.page")).hasSize(1);
        assertThat(audit.verdict()).isEqualTo("allow");
        assertThat(audit.outcome()).startsWith("paged (dedup key nexus-core-api-");
    }

    @Test
    void shouldResolveInSlackButNotInPagerDutyAndSayWhyWhenTheResolverHoldsNoRole() {
        Incident incident = stage.declared("PPOL003");

        String reply = stage.command("resolve restarted the pods", CAROL, incident, "resolve-carol");

        assertThat(reply).contains(":white_check_mark: Resolved.")
                .contains("PagerDuty incident PPOL003 was not resolved: no policy rule allows pagerduty.resolve for you")
                .contains("policy rule 1 allows responders, leads").contains("Resolve it in PagerDuty");
        assertThat(stage.reload(incident).resolved()).isTrue();
        assertThat(stage.posts(incident, "[Resolved]")).isEqualTo(1);
        assertThat(rest.findAll(putRequestedFor(urlPathMatching("/incidents/.*")))).isEmpty();
        assertThat(stage.audits("pagerduty.resolve")).singleElement().satisfies(a -> {
            assertThat(a.actor()).isEqualTo(CAROL);
            assertThat(a.verdict()).isEqualTo("deny");
            assertThat(a.outcome()).isEqualTo("denied");
        });
    }
}
