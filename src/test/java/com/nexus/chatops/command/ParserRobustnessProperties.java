package com.nexus.chatops.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Whatever Slack or a console user sends, the parser answers with a command or with advice. */
class ParserRobustnessProperties {

    @Property(tries = 10000)
    void shouldAnswerHelpfullyWhenInputIsAnything(@ForAll("lines") String line) {
        for (CommandParser parser : List.of(ParserFixture.PARSER, ParserFixture.UNCONFIGURED)) {
            ParseResult result = parser.parse(line);

            assertThat(result).isNotNull();
            Statistics.label("result").collect(result.getClass().getSimpleName());
            if (result instanceof ParseResult.Failure failure) {
                assertThat(failure.problem()).isNotBlank().isNotEqualTo("nexus could not read that command.");
                assertThat(failure.usage()).isNotBlank();
                assertThat(failure.message()).contains("Usage: `/nexus ").hasSizeLessThan(1500);
            } else {
                Command command = ((ParseResult.Parsed) result).command();
                assertThat(CommandTable.find(command.verb())).isPresent();
                assertThat(command.action()).isNotBlank();
            }
        }
    }

    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(200)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\u001F')
                        .withChars('\u007F', '\u0085', '\u00A0', '\u200B', '\u2028', '\uFEFF', ' ').ofMaxLength(40)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofLength(4096)),
                net.jqwik.api.Tuple.of(1, commandLine().map(l -> l + " " + "z".repeat(4000))),
                net.jqwik.api.Tuple.of(6, commandLine()));
    }

    private Arbitrary<String> commandLine() {
        List<String> starts = new ArrayList<>(CommandTable.firstWords());
        starts.addAll(List.of("rollbak", "ecs", "rds", "ECS", "Help", "<@U1>", "&amp;", "\"declare\"", "--dry-run"));
        Arbitrary<String> prefix = Arbitraries.of("", "/nexus ", "/NEXUS\t", " \u00A0");
        Arbitrary<String> tail = Combinators.combine(piece(), separator()).as((p, s) -> s + p).list().ofMaxSize(8)
                .map(pieces -> String.join("", pieces));
        return Combinators.combine(prefix, Arbitraries.of(starts), tail).as((p, s, t) -> p + s + t);
    }

    private Arbitrary<String> separator() {
        return Arbitraries.of(" ", " ", "\t", "\u00A0", "\n", "  ", "");
    }

    private Arbitrary<String> piece() {
        return Arbitraries.oneOf(
                Arbitraries.of("core-api", "core-apj", "CORE-API", "frontend", "platform", "billing", "a_b", "-"),
                Arbitraries.of("<@U123ABC|alice>", "<@U123ABC>", "U123ABC", "@alice", "<#C123|chan>", "<#C1>",
                        "<!subteam^S1|@leads>", "<https://x.y|y>", "<", ">", "<@", "<#|>", "<>", "<@|>"),
                Arbitraries.of("\"", "'", "“quoted”", "`", "```", "\"unterminated", "'it''s'"),
                Arbitraries.of("--dry-run", "--to-revision", "--tail", "--previous", "--container", "--", "—dry-run",
                        "--tail=", "--x=y", "-n", "--TAIL", "--to-revision=", "=", "--container=Bad_Name"),
                Arbitraries.of("0", "-1", "1", "10000", "10001", "99999999999", "1e3", "٣", "+5", "0x10", "007"),
                Arbitraries.of("&amp;", "&lt;", "&gt;", "&amp;lt;", "&"),
                Arbitraries.of("investigating", "IDENTIFIED", "resolved", "commander", "comms", "sev1", "P1", "sev9",
                        "status", "redeploy", "scale", "snapshot", "restart", "critical"),
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMinLength(1).ofMaxLength(3),
                Arbitraries.strings().withCharRange('a', 'z').withChars('-').ofMaxLength(70));
    }
}
