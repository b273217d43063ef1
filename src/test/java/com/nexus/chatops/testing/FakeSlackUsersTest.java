package com.nexus.chatops.testing;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersLookupByEmailResponse;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FakeSlackUsersTest {

    @AutoClose
    private final FakeSlack fake = FakeSlack.start()
            .addUser("U0ALICE", "alice", "alice@example.com")
            .addUser("U0BOB", "bob", "bob@example.com")
            .addUsergroup("S0DBA", "dba-oncall", "U0ALICE", "U0BOB");
    private final MethodsClient client = fake.methods();

    @Test
    void shouldFindUserWhenEmailIsKnownAndAnswerUsersNotFoundWhenNot() throws Exception {
        UsersLookupByEmailResponse known = client.usersLookupByEmail(r -> r.email("alice@example.com"));
        UsersLookupByEmailResponse unknown = client.usersLookupByEmail(r -> r.email("mallory@example.com"));

        assertThat(known.isOk()).isTrue();
        assertThat(known.getUser().getId()).isEqualTo("U0ALICE");
        assertThat(known.getUser().getProfile().getEmail()).isEqualTo("alice@example.com");
        assertThat(unknown.isOk()).isFalse();
        assertThat(unknown.getError()).isEqualTo("users_not_found");
    }

    @Test
    void shouldDescribeUsersAndUsergroupMembersWhenAsked() throws Exception {
        var info = client.usersInfo(r -> r.user("U0BOB"));

        assertThat(info.getUser().getName()).isEqualTo("bob");
        assertThat(info.getUser().getRealName()).isEqualTo("Bob");
        assertThat(client.usersInfo(r -> r.user("U0NOBODY")).getError()).isEqualTo("user_not_found");
        assertThat(client.usergroupsUsersList(r -> r.usergroup("S0DBA")).getUsers())
                .containsExactly("U0ALICE", "U0BOB");
        assertThat(client.usergroupsUsersList(r -> r.usergroup("S0NONE")).getError()).isEqualTo("no_such_subteam");
    }

    @Test
    void shouldIdentifyTheBotWhenAuthTestIsCalled() throws Exception {
        var auth = client.authTest(r -> r);

        assertThat(auth.getTeamId()).isEqualTo(SlackDefaults.TEAM_ID);
        assertThat(auth.getUserId()).isEqualTo(SlackDefaults.BOT_USER_ID);
        assertThat(auth.getBotId()).isEqualTo(SlackDefaults.BOT_ID);
    }

    @Test
    void shouldAnswerInvalidAuthWhenTokenIsWrongAndNotAuthedWhenMissing() throws Exception {
        var wrong = fake.slack().methods("xoxb-someone-else").authTest(r -> r);
        var missing = HttpPoster.post(java.net.URI.create(fake.methodsUrlPrefix() + "auth.test"),
                "application/x-www-form-urlencoded", "", java.util.Map.of());

        assertThat(wrong.getError()).isEqualTo("invalid_auth");
        assertThat(missing.body()).contains("\"error\":\"not_authed\"");
    }

    @Test
    void shouldAnswerUnknownMethodWhenMethodDoesNotExist() throws Exception {
        var reply = HttpPoster.post(java.net.URI.create(fake.methodsUrlPrefix() + "chat.teleport"),
                "application/x-www-form-urlencoded", "token=" + SlackDefaults.BOT_TOKEN + "&channel=C1",
                java.util.Map.of());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"ok\":false,\"error\":\"unknown_method\"}");
        assertThat(fake.calls("chat.teleport")).singleElement()
                .satisfies(c -> assertThat(c.param("channel")).isEqualTo("C1"));
    }

    @Test
    void shouldAcceptJsonBodiesAndRecordTheirValuesAsStringsWhenPostedAsJson() {
        String body = "{\"channel\":\"C0GENERAL\",\"text\":\"json hello\",\"blocks\":[{\"type\":\"divider\"}]}";

        var reply = HttpPoster.post(java.net.URI.create(fake.methodsUrlPrefix() + "chat.postMessage"),
                "application/json; charset=utf-8", body,
                java.util.Map.of("Authorization", "Bearer " + SlackDefaults.BOT_TOKEN));

        assertThat(reply.body()).contains("\"ok\":true");
        Call call = fake.calls("chat.postMessage").get(0);
        assertThat(call.param("blocks")).isEqualTo("[{\"type\":\"divider\"}]");
        assertThat(call.header("Authorization")).isEqualTo("Bearer " + SlackDefaults.BOT_TOKEN);
        assertThat(fake.messages(SlackDefaults.CHANNEL_ID)).extracting(FakeMessage::text).containsExactly("json hello");
    }
}
