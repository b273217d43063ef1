package com.nexus.chatops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.pagerduty.AlertSeverity;
import com.nexus.chatops.pagerduty.PagerDutyClient;
import com.nexus.chatops.pagerduty.PagerDutyEventsClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fake as nexus's own PagerDuty clients read it: every call the incident flow makes gets a usable answer. */
class PagerDutyFakeTest {

    @Test
    void shouldAnswerTheOnCallLookupAndKeepTheIncidentsStatusAndNotesWhenNexusWrites() throws Exception {
        PagerDutyState state = new PagerDutyState("Ada Lovelace", "ada@nexus.example");
        state.opened("PDEMO7Q", "PDEMO04", DemoPage.TITLE);
        try (PagerDutyFake fake = PagerDutyFake.start(state);
             PagerDutyClient client = new PagerDutyClient(fake.url(), "demo-token");
             PagerDutyEventsClient events = new PagerDutyEventsClient(fake.url())) {
            String policy = client.service("PDEMO04").escalationPolicyId();

            assertThat(client.onCalls(List.of(policy))).singleElement()
                    .satisfies(o -> assertThat(o.userEmail()).isEqualTo("ada@nexus.example"));
            assertThat(client.userByEmail("ADA@nexus.example")).isPresent();
            assertThat(client.incident("PDEMO7Q").title()).isEqualTo(DemoPage.TITLE);
            assertThat(client.resolve("PDEMO7Q", "ada@nexus.example", "rolled back").status()).isEqualTo("resolved");
            assertThat(client.incident("PDEMO7Q").status()).isEqualTo("resolved");
            assertThat(client.addNote("PDEMO7Q", "ada@nexus.example", "Monitoring: \"quoted\"").content())
                    .isEqualTo("Monitoring: \"quoted\"");
            assertThat(events.trigger("RDEMO000000000000000000000000004", "dedup-1", "core-api errors", "core-api",
                    AlertSeverity.CRITICAL)).isEqualTo("dedup-1");
            assertThat(fake.writes()).containsExactly("resolved PDEMO7Q", "note on PDEMO7Q: Monitoring: \"quoted\"",
                    "trigger alert dedup-1");
        }
    }
}
