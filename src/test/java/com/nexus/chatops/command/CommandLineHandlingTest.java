package com.nexus.chatops.command;

import static com.nexus.chatops.command.ParserFixture.PARSER;
import static com.nexus.chatops.command.ParserFixture.failure;
import static com.nexus.chatops.command.ParserFixture.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandLineHandlingTest {

    @Test
    void shouldPointToHelpWhenCommandIsUnknown() {
        ParseResult.Failure failure = failure("frobnicate now");

        assertThat(failure.problem()).isEqualTo("Unknown command `frobnicate`.");
        assertThat(failure.suggestion()).isEmpty();
        assertThat(failure.message()).isEqualTo("Unknown command `frobnicate`.\nUsage: `/nexus help [command]`");
    }

    @Test
    void shouldSuggestNearestCommandWhenCommandIsMisspelled() {
        ParseResult.Failure failure = failure("rollbak core-api");

        assertThat(failure.message()).startsWith("Unknown command `rollbak`. Did you mean `rollback`?");
        assertThat(failure("Declre sev1 x").suggestion()).contains("declare");
        assertThat(failure("undo core-api").suggestion()).contains("rollback");
    }

    @Test
    void shouldStripLeadingSlashNexusWhenLineComesFromTheConsole() {
        assertThat(parsed("/nexus rollback core-api")).isEqualTo(parsed("rollback core-api"));
        assertThat(parsed("/NEXUS   ecs scale platform 2")).isEqualTo(new Command.EcsScale("platform", 2));
    }

    @Test
    void shouldShowHelpWhenLineIsEmpty() {
        Command.Help overview = new Command.Help(Optional.empty());

        assertThat(parsed("")).isEqualTo(overview);
        assertThat(parsed("   \t ")).isEqualTo(overview);
        assertThat(parsed(null)).isEqualTo(overview);
        assertThat(parsed("/nexus")).isEqualTo(overview);
    }

    @Test
    void shouldTreatTabsNbspAndRepeatedSpacesAsSeparatorsWhenSplittingWords() {
        assertThat(parsed("\t rollback\u00A0\u00A0core-api \t--dry-run  "))
                .isEqualTo(new Command.Rollback("core-api", Optional.empty(), true));
        assertThat(parsed("SCALE Core-Api 3")).isEqualTo(new Command.Scale("core-api", 3, false));
    }

    @Test
    void shouldDropControlCharactersWhenTheyAreEmbedded() {
        assertThat(parsed("roll\u0000back core-api\u0007")).isEqualTo(new Command.Rollback("core-api", Optional.empty(),
                false));
        assertThat(parsed("declare sev2 DB\u001B[31m down")).isEqualTo(new Command.Declare(Optional.of("sev2"),
                "DB[31m down"));
    }

    @Test
    void shouldEchoOnlyAShortPieceWhenInputIsHuge() {
        ParseResult.Failure failure = failure("x".repeat(4096));

        assertThat(failure.message()).hasSizeLessThan(200).contains("…");
    }

    @Test
    void shouldKeepFormattingIntactWhenInputContainsBackticks() {
        assertThat(failure("`rm -rf`").problem()).isEqualTo("Unknown command `'rm`.");
    }

    @Test
    void shouldParseHelpTopicsWhenAsked() {
        assertThat(parsed("help")).isEqualTo(new Command.Help(Optional.empty()));
        assertThat(parsed("help Rollback")).isEqualTo(new Command.Help(Optional.of("rollback")));
        assertThat(parsed("help ecs")).isEqualTo(new Command.Help(Optional.of("ecs")));
        assertThat(parsed("help ecs scale")).isEqualTo(new Command.Help(Optional.of("ecs scale")));
        assertThat(parsed("help /nexus frob")).isEqualTo(new Command.Help(Optional.of("frob")));
    }

    @Test
    void shouldReturnTheSameResultWhenParsingTwice() {
        assertThat(PARSER.parse("rollback core-apj")).isEqualTo(PARSER.parse("rollback core-apj"));
    }
}
