package com.nexus.chatops.command;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Help can't promise what the parser refuses: every usage line in the table, filled in, parses. */
class UsageRoundTripProperties {

    record Instance(CommandSpec spec, String line) {
    }

    @Property(tries = 3000)
    void shouldParseToTheSameCommandWhenLineFollowsItsUsage(@ForAll("instances") Instance instance) {
        ParseResult result = ParserFixture.PARSER.parse(instance.line());

        assertThat(result).as(instance.line()).isInstanceOf(ParseResult.Parsed.class);
        assertThat(((ParseResult.Parsed) result).command().verb()).isEqualTo(instance.spec().name());
    }

    @Example
    void shouldReadUsageNotationWhenSplittingAUsageLine() {
        assertThat(UsageInstances.elements("logs <service> [--previous] [--tail N] [--container C]"))
                .containsExactly("logs", "<service>", "[--previous]", "[--tail N]", "[--container C]");
    }

    @Provide
    Arbitrary<Instance> instances() {
        return Arbitraries.of(CommandTable.all())
                .flatMap(spec -> UsageInstances.of(spec.usage()).map(line -> new Instance(spec, line)));
    }
}
