package com.nexus.chatops.ingress.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.util.SlackRequestParser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

class SlashCommandFormTest {
    private static final SlackRequestParser BOLT = new SlackRequestParser(AppConfig.builder().build());

    @Property(tries = 2000)
    void readsEveryBodyAsBoltsParserDoes(@ForAll("bodies") String body) {
        SlashCommandPayload bolt = bolt(body);
        assertThat(SlashCommandForm.read(body)).as(body).isEqualTo(bolt);
        Statistics.collect(bolt == null ? "not a command" : "command");
        Statistics.coverage(c -> {
            c.check("command").percentage(p -> p > 20);
            c.check("not a command").percentage(p -> p > 20);
        });
    }

    @Test
    void aCommandAsSlackSendsIt() {
        String body = "token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&team_domain=example&channel_id=C2147483705"
                + "&channel_name=incident-20261202-001&user_id=U2147483697&user_name=Steve&command=%2Fnexus"
                + "&text=rollback+core-api+to+r41+%E2%80%94+now&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1234"
                + "&trigger_id=13345224609.738474920.8088930838d88f008e0&api_app_id=A123456";
        SlashCommandPayload p = SlashCommandForm.read(body);
        assertThat(p.getCommand()).isEqualTo("/nexus");
        assertThat(p.getText()).isEqualTo("rollback core-api to r41 \u2014 now");
        assertThat(p.getResponseUrl()).isEqualTo("https://hooks.slack.com/commands/1234");
        assertThat(p.getChannelName()).isEqualTo("incident-20261202-001");
        assertThat(p).isEqualTo(bolt(body));
    }

    @Test
    void leavesToBoltWhatIsNotACommand() {
        assertThat(SlashCommandForm.read("payload=%7B%22type%22%3A%22block_actions%22%7D&command=%2Fnexus")).isNull();
        assertThat(SlashCommandForm.read("{\"type\":\"event_callback\",\"command\":\"/nexus\"}")).isNull();
        assertThat(SlashCommandForm.read("ssl_check=1&token=abc")).isNull();
        assertThat(SlashCommandForm.read("command=%2Fnexus&text=50%")).isNull();
        assertThat(SlashCommandForm.read("command=%2Fnexus\r\n&text=help")).isNull();
        assertThat(SlashCommandForm.read("")).isNull();
    }

    @Test
    void anEmptyTextIsNullAsBoltLeavesIt() {
        SlashCommandPayload p = SlashCommandForm.read("command=%2Fnexus&text=&user_id=U1");
        assertThat(p.getText()).isNull();
        assertThat(p.getUserId()).isEqualTo("U1");
    }

    /** Bolt's answer: the payload of the slash command request it builds, or null for anything else. */
    private static SlashCommandPayload bolt(String body) {
        Request<?> req;
        try {
            req = BOLT.parse(SlackRequestParser.HttpRequest.builder().requestBody(body)
                    .headers(new RequestHeaders(Map.of())).build());
        } catch (RuntimeException e) {
            return null;
        }
        return req instanceof SlashCommandRequest command ? command.getPayload() : null;
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> names = Arbitraries.of("token", "team_id", "channel_id", "channel_name", "user_id",
                "command", "text", "response_url", "trigger_id", "payload", "is_enterprise_install", "enterprise_id",
                "api_app_id", "user_name", "team_domain", "enterprise_name", "other", "", " text", "text ", "comm%61nd");
        Arbitrary<String> raw = Arbitraries.strings().withChars("ab /=&%+.\u00e9\u2014-_:").ofMaxLength(12);
        Arbitrary<String> values = Arbitraries.oneOf(raw, raw.map(v -> URLEncoder.encode(v, StandardCharsets.UTF_8)),
                Arbitraries.of("", "true", " TRUE ", "false", "%2Fnexus", "%E2%80%94", "50%", "%zz"));
        Arbitrary<String> pairs = Combinators.combine(names, values, Arbitraries.of("=", "=", "=", "", "=="))
                .as((n, v, eq) -> n + eq + v);
        Arbitrary<String> form = pairs.list().ofMaxSize(8).map(SlashCommandFormTest::joined);
        return Combinators.combine(form, Arbitraries.of("command=%2Fnexus&", "", "command=%2Fnexus&", "text=help&"))
                .as((rest, first) -> first + rest);
    }

    private static String joined(List<String> pairs) {
        return pairs.stream().collect(Collectors.joining("&"));
    }
}
