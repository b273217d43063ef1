package com.nexus.chatops.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.command.CommandSpec;
import com.nexus.chatops.command.CommandTable;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/commands.md is what the command table prints; {@code -Dnexus.docs.write=true} rewrites it first. */
class CommandReferenceTest {

    @BeforeAll
    static void regenerateWhenAsked() throws Exception {
        if (Boolean.getBoolean("nexus.docs.write")) {
            CommandReference.main(new String[0]);
        }
    }

    @Test
    void shouldMatchTheCommandTableWhenRegenerated() throws Exception {
        assertThat(Files.readString(CommandReference.FILE))
                .as("docs/commands.md is stale: regenerate it (README.md, CONTRIBUTING)")
                .isEqualTo(CommandReference.render());
    }

    @Test
    void shouldListEveryCommandOfTheTableWithItsUsage() throws Exception {
        String doc = Files.readString(CommandReference.FILE);

        for (CommandSpec spec : CommandTable.all()) {
            assertThat(doc).contains("`/nexus " + spec.usage() + "` — " + spec.summary());
        }
    }

    @Test
    void shouldNameThePolicyActionOfARollbackAsTheGuardSeesIt() {
        CommandSpec rollback = CommandTable.find("rollback").orElseThrow();

        assertThat(CommandReference.action(rollback)).isEqualTo("k8s.rollback");
        assertThat(CommandReference.action(CommandTable.find("ecs scale").orElseThrow())).isEqualTo("ecs.scale");
    }
}
