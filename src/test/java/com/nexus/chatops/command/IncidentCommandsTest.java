package com.nexus.chatops.command;

import static com.nexus.chatops.command.ParserFixture.failure;
import static com.nexus.chatops.command.ParserFixture.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncidentCommandsTest {

    @Test
    void shouldOpenTheFormWhenDeclareHasNoArguments() {
        assertThat(parsed("declare")).isEqualTo(new Command.Declare(Optional.empty(), ""));
    }

    @Test
    void shouldTakeSeverityAndTitleWhenDeclareStartsWithASeverity() {
        assertThat(parsed("declare sev2 Elevated 5xx on core-api"))
                .isEqualTo(new Command.Declare(Optional.of("sev2"), "Elevated 5xx on core-api"));
    }

    @Test
    void shouldTakeEverythingAsTitleWhenDeclareHasNoSeverity() {
        assertThat(parsed("declare Elevated 5xx")).isEqualTo(new Command.Declare(Optional.empty(), "Elevated 5xx"));
    }

    @Test
    void shouldTakeTheSeverityFromTheEndWhenTheTitleIsTypedFirst() {
        assertThat(parsed("declare Payments down sev2")).isEqualTo(new Command.Declare(Optional.of("sev2"), "Payments down"));
        assertThat(parsed("declare Payments down P1")).isEqualTo(new Command.Declare(Optional.of("sev1"), "Payments down"));
    }

    @Test
    void shouldKeepATrailingWordAliasInTheTitleWhenItIsNoLevelLikeWord() {
        assertThat(parsed("declare Disk usage critical"))
                .isEqualTo(new Command.Declare(Optional.empty(), "Disk usage critical"));
    }

    @Test
    void shouldRejectAnUnknownTrailingLevelWhenDeclaring() {
        assertThat(failure("declare DB down sev9").problem()).contains("Unknown severity `sev9`");
    }

    @Test
    void shouldMapAnAliasToItsCanonicalSeverityWhenDeclaring() {
        assertThat(parsed("declare p1 DB down")).isEqualTo(new Command.Declare(Optional.of("sev1"), "DB down"));
        assertThat(parsed("declare SEV1 DB down")).isEqualTo(new Command.Declare(Optional.of("sev1"), "DB down"));
    }

    @Test
    void shouldKeepQuotesAndUndoSlackEscapesWhenTitleHasThem() {
        assertThat(parsed("declare sev3 \"checkout\" &amp; <cart> &lt;slow&gt;  it's   bad"))
                .isEqualTo(new Command.Declare(Optional.of("sev3"), "\"checkout\" & <cart> <slow> it's bad"));
    }

    @Test
    void shouldRejectWhenDeclareTitleIsLongerThan150Characters() {
        ParseResult.Failure failure = failure("declare sev2 " + "x".repeat(151));

        assertThat(failure.problem()).contains("151 characters").contains("150");
        assertThat(failure.usage()).isEqualTo("declare [sev1-4] [title…]");
    }

    @Test
    void shouldAcceptWhenDeclareTitleIsExactly150Characters() {
        assertThat(parsed("declare " + "y".repeat(150))).isEqualTo(new Command.Declare(Optional.empty(), "y".repeat(150)));
    }

    @Test
    void shouldListAcceptedSeveritiesWhenDeclareUsesAnUnknownOne() {
        assertThat(failure("declare sev9 DB down").problem())
                .contains("Unknown severity `sev9`").contains("`sev1` (`critical`, `p1`)").contains("`sev4`");
    }

    @Test
    void shouldParseStatusTimelinePostmortemAndAckWhenGivenNoArguments() {
        assertThat(parsed("status")).isEqualTo(new Command.Status());
        assertThat(parsed("timeline")).isEqualTo(new Command.Timeline());
        assertThat(parsed("postmortem")).isEqualTo(new Command.Postmortem());
        assertThat(parsed("ack")).isEqualTo(new Command.Ack());
    }

    @Test
    void shouldRejectExtraArgumentsWhenCommandTakesNone() {
        ParseResult.Failure failure = failure("ack now please");

        assertThat(failure.problem()).contains("Unexpected `now`").contains("takes no arguments");
        assertThat(failure.usage()).isEqualTo("ack");
    }

    @Test
    void shouldParsePhaseAndMessageWhenUpdating() {
        assertThat(parsed("update Identified bad deploy of core-api &gt; rolling back"))
                .isEqualTo(new Command.Update(Phase.IDENTIFIED, "bad deploy of core-api > rolling back"));
        assertThat(parsed("update monitoring")).isEqualTo(new Command.Update(Phase.MONITORING, ""));
    }

    @Test
    void shouldKeepLineBreaksWhenUpdateMessageSpansLines() {
        assertThat(parsed("update investigating first line\nsecond line"))
                .isEqualTo(new Command.Update(Phase.INVESTIGATING, "first line\nsecond line"));
    }

    @Test
    void shouldSuggestNearestPhaseWhenUpdatePhaseIsUnknown() {
        ParseResult.Failure failure = failure("update investigatin looking");

        assertThat(failure.problem()).contains("Unknown phase `investigatin`");
        assertThat(failure.suggestion()).contains("investigating");
        assertThat(failure.message()).contains("Did you mean `investigating`?")
                .contains("Usage: `/nexus update investigating|identified|monitoring|resolved [message…]`");
    }

    @Test
    void shouldRejectWhenUpdateMessageExceeds3000Characters() {
        assertThat(failure("update monitoring " + "m".repeat(3001)).problem()).contains("3000");
    }

    @Test
    void shouldNameMissingPhaseWhenUpdateHasNoArguments() {
        assertThat(failure("update").problem()).contains("Missing phase").contains("`monitoring`");
    }

    @Test
    void shouldSetCanonicalSeverityWhenSeverityIsAnAlias() {
        assertThat(parsed("severity P2")).isEqualTo(new Command.SetSeverity("sev2"));
        assertThat(parsed("severity sev3")).isEqualTo(new Command.SetSeverity("sev3"));
    }

    @Test
    void shouldListAcceptedSeveritiesWhenSeverityIsUnknown() {
        ParseResult.Failure failure = failure("severity sev9");

        assertThat(failure.problem()).contains("Unknown severity `sev9`").contains("`sev2` (`p2`)");
        assertThat(failure.usage()).isEqualTo("severity sev1-4");
        assertThat(failure("severity").problem()).contains("Missing severity");
    }

    @Test
    void shouldReadUserIdWhenAssignUsesSlackMentionEscape() {
        assertThat(parsed("assign commander <@U123ABC|alice>")).isEqualTo(new Command.Assign(Role.COMMANDER, "U123ABC"));
        assertThat(parsed("assign Comms <@U123ABC>")).isEqualTo(new Command.Assign(Role.COMMS, "U123ABC"));
        assertThat(parsed("assign comms U123ABC")).isEqualTo(new Command.Assign(Role.COMMS, "U123ABC"));
    }

    @Test
    void shouldKeepMentionWholeWhenItsLabelContainsSpaces() {
        assertThat(parsed("assign comms <@W0AB12CD|bob smith>")).isEqualTo(new Command.Assign(Role.COMMS, "W0AB12CD"));
        assertThat(failure("assign comms <@W0AB12CD|bob smith> extra").problem()).contains("Unexpected `extra`");
    }

    @Test
    void shouldExplainAutocompleteWhenAssignGetsAPlainAtName() {
        ParseResult.Failure failure = failure("assign commander @alice");

        assertThat(failure.problem()).contains("`@alice`").contains("plain text").contains("@-autocomplete");
        assertThat(failure.usage()).isEqualTo("assign commander|comms @user");
    }

    @Test
    void shouldRejectWhenAssignNamesAGroupOrNobody() {
        assertThat(failure("assign comms <!subteam^S123|@leads>").problem()).contains("group");
        assertThat(failure("assign comms").problem()).contains("Missing @user");
        assertThat(failure("assign comms alice").problem()).contains("not a Slack user");
    }

    @Test
    void shouldSuggestRoleWhenAssignRoleIsMisspelled() {
        ParseResult.Failure failure = failure("assign comander <@U1ABCDE>");

        assertThat(failure.suggestion()).contains("commander");
        assertThat(failure("assign").problem()).contains("Missing role");
    }

    @Test
    void shouldTakeSummaryAsTypedWhenResolving() {
        assertThat(parsed("resolve rolled back &amp; verified")).isEqualTo(new Command.Resolve("rolled back & verified"));
        assertThat(parsed("resolve")).isEqualTo(new Command.Resolve(""));
    }

    @Test
    void shouldDefaultToSevenDaysWhenStatsHasNoArgument() {
        assertThat(parsed("stats")).isEqualTo(new Command.Stats(7));
        assertThat(parsed("stats 30")).isEqualTo(new Command.Stats(30));
        assertThat(failure("stats forever").problem()).contains("whole number from 1 to 365");
    }
}
