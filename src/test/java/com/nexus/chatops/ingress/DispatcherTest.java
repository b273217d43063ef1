package com.nexus.chatops.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.command.Command;
import com.nexus.chatops.command.CommandParser;
import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.command.Vocabulary;
import com.nexus.chatops.command.view.CommandReplies;
import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.slack.PlainText;
import com.nexus.chatops.slack.Replies;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shared path of every transport, with the catalog of nexus.example.yml's services. */
class DispatcherTest {
    private static final Vocabulary VOCABULARY = new Vocabulary(
            Set.of("core-api", "frontend", "auth-service", "platform"), Map.of("sev1", "sev1", "sev2", "sev2"));
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Handlers handlers = new Handlers().register(Command.Help.class,
            (inv, c) -> CommandReplies.help(c.topic()));
    private final Invocation alice = new Invocation(Invocation.SLACK, "U1", "C1", "general", "ref123", "T1");

    private String say(String text) {
        return PlainText.render(new Dispatcher(new CommandParser(VOCABULARY), handlers, meters).handle(alice, text));
    }

    @Test
    void shouldSendEachKindOfCommandToItsOwnLaneSoADeclareStormCannotHoldBackHelpOrStatus() {
        Dispatcher dispatcher = new Dispatcher(new CommandParser(VOCABULARY), handlers, meters);

        assertThat(dispatcher.kind(dispatcher.parse("help"))).isEqualTo(WorkKind.IMMEDIATE);
        assertThat(dispatcher.kind(dispatcher.parse("frobnicate"))).isEqualTo(WorkKind.IMMEDIATE);
        assertThat(dispatcher.kind(dispatcher.parse("status"))).isEqualTo(WorkKind.REPLIES);
        assertThat(dispatcher.kind(dispatcher.parse("declare"))).as("opens the form at once").isEqualTo(WorkKind.REPLIES);
        assertThat(dispatcher.kind(dispatcher.parse("declare sev2 Checkout is down"))).isEqualTo(WorkKind.INCIDENT_CREATION);
        assertThat(dispatcher.kind(dispatcher.parse("rollback core-api"))).isEqualTo(WorkKind.INFRASTRUCTURE);
        assertThat(dispatcher.kind(dispatcher.parse("ecs scale core-api 3"))).isEqualTo(WorkKind.INFRASTRUCTURE);
    }

    @Test
    void shouldListEveryCommandWhenAskedForHelp() {
        String help = say("help");

        assertThat(help).contains("rollback <service>", "declare", "ecs scale <service> <count>", "logs <service>");
    }

    @Test
    void shouldNameTheUnknownCommandAndShowHowToGetHelpWhenTheWordIsUnknown() {
        assertThat(say("frobnicate")).contains("frobnicate").contains("/nexus help");
    }

    @Test
    void shouldAskForTheServiceWithTheUsageLineWhenRollbackHasNoService() {
        assertThat(say("rollback")).containsIgnoringCase("service").contains("Usage: `/nexus rollback <service>");
    }

    @Test
    void shouldExplainReplicasMustBeANumberWhenScaleGetsAWord() {
        assertThat(say("scale core-api lots")).contains("lots").containsIgnoringCase("number")
                .contains("/nexus scale <service> <replicas>");
    }

    @Test
    void shouldSuggestTheNearestServiceWhenTheServiceIsMisspelled() {
        assertThat(say("rollback core-apj")).contains("core-apj").contains("Did you mean `core-api`?")
                .contains("/nexus rollback <service>");
    }

    @Test
    void shouldSayWhatACommandWillDoWhenItsCapabilityIsNotBuiltYet() {
        assertThat(say("rollback core-api")).contains("not available yet").contains("roll a service back");
    }

    @Test
    void shouldTurnAnUnexpectedFailureIntoAMessageWithItsReferenceWhenAHandlerThrows() {
        handlers.register(Command.Status.class, (inv, c) -> {
            throw new IllegalStateException("database exploded at line 42");
        });

        String reply = say("status");

        assertThat(reply).contains("Something went wrong").contains("ref123")
                .doesNotContain("IllegalStateException").doesNotContain("line 42");
    }

    @Test
    void shouldShowTheDomainMessageAsItIsWhenAHandlerRefusesWithANexusException() {
        handlers.register(Command.Timeline.class, (inv, c) -> {
            throw new NexusException("This channel is not an incident channel.");
        });

        assertThat(say("timeline")).contains("This channel is not an incident channel.");
    }

    @Test
    void shouldCountAndTimeEachCommandByWordAndOutcomeWhenCommandsRun() {
        say("help");
        say("help");
        say("frobnicate");

        assertThat(meters.timer("nexus.commands", "command", "help", "outcome", "ok", "source", "slack").count())
                .isEqualTo(2);
        assertThat(meters.timer("nexus.commands", "command", "invalid", "outcome", "rejected", "source", "slack")
                .count()).isEqualTo(1);
    }

    @Test
    void shouldKeepHandlersOnePerCommandWhenRegisteredTwice() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> handlers.register(Command.Help.class, (inv, c) -> Replies.notice("x")))
                .isInstanceOf(IllegalStateException.class);
    }
}
