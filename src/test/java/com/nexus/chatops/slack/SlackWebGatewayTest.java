package com.nexus.chatops.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nexus.chatops.testing.FakeSlack;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The outbound Slack calls, against the fake Slack Web API over HTTP through Bolt's async client. */
class SlackWebGatewayTest {
    private final FakeSlack slack = FakeSlack.start();
    private final SlackGateway gateway =
            new SlackWebGateway(SlackWeb.create(slack.methodsUrlPrefix()).methodsAsync("xoxb-test-token"));

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void shouldReportATakenNameAsAnOutcomeNotAFailureWhenTheChannelExists() {
        var first = gateway.createChannel("incident-20261124-001").join();
        var second = gateway.createChannel("incident-20261124-001").join();

        assertThat(first).isInstanceOf(SlackGateway.CreatedChannel.Created.class);
        assertThat(second).isEqualTo(new SlackGateway.CreatedChannel.NameTaken("incident-20261124-001"));
    }

    @Test
    void shouldPostPinUpdateAndSetTheTopicInTheChannelWhenAsked() {
        String id = ((SlackGateway.CreatedChannel.Created) gateway.createChannel("inc-1").join()).id();

        String ts = gateway.post(id, Replies.notice("card v1")).join();
        gateway.pin(id, ts).join();
        gateway.update(id, ts, Replies.notice("card v2")).join();
        gateway.setTopic(id, "SEV2 · core-api errors").join();

        assertThat(slack.pins(id)).containsExactly(ts);
        assertThat(slack.message(id, ts).orElseThrow().text()).isEqualTo("card v2");
        assertThat(slack.topic(id)).isEqualTo("SEV2 · core-api errors");
    }

    @Test
    void shouldTreatAlreadyInChannelAsSuccessWhenInvitingMembers() {
        slack.addUser("U0ALICE", "alice", "alice@example.com");
        String id = ((SlackGateway.CreatedChannel.Created) gateway.createChannel("inc-2").join()).id();

        gateway.invite(id, List.of("U0ALICE")).join();
        gateway.invite(id, List.of("U0ALICE")).join();

        assertThat(slack.members(id)).contains("U0ALICE");
    }

    @Test
    void shouldFindUsersByEmailAndSayEmptyWhenSlackKnowsNone() {
        slack.addUser("U0BOB", "bob", "bob@example.com");

        assertThat(gateway.userIdByEmail("bob@example.com").join()).contains("U0BOB");
        assertThat(gateway.userIdByEmail("nobody@example.com").join()).isEqualTo(Optional.empty());
        assertThat(gateway.userEmail("U0BOB").join()).contains("bob@example.com");
    }

    @Test
    void shouldNameSlacksErrorWhenACallIsRefused() {
        assertThatThrownBy(() -> gateway.post("C-NOPE", Replies.notice("hi")).join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(SlackCallException.class)
                .cause().hasMessageContaining("channel_not_found");
    }

    @Test
    void shouldDeliverOnceAfterRetryAfterWhenSlackAnswers429() {
        slack.rateLimitNext("chat.postMessage", 1, 1);

        gateway.post("C0GENERAL", Replies.notice("after the wait")).join();

        assertThat(slack.calls("chat.postMessage")).extracting(c -> c.httpStatus()).containsExactly(429, 200);
        assertThat(slack.messages("C0GENERAL")).extracting(m -> m.text()).containsOnlyOnce("after the wait");
    }
}
