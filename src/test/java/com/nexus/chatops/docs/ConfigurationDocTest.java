package com.nexus.chatops.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.Main;
import com.nexus.chatops.config.ConfigKeys;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** docs/configuration.md names exactly the commands, nexus.yml keys and environment variables the code has. */
class ConfigurationDocTest {
    private static final Markdown DOC = Markdown.read("configuration.md");

    /** Each runnable subcommand's path, and each option after the path, except the standard --help and --version. */
    private static void commands(CommandLine line, String path, Set<String> out) {
        for (Map.Entry<String, CommandLine> sub : line.getSubcommands().entrySet()) {
            String name = (path + " " + sub.getKey()).strip();
            if (sub.getValue().getSubcommands().isEmpty()) {
                out.add(name);
            }
            sub.getValue().getCommandSpec().options().stream().filter(o -> !o.usageHelp() && !o.versionHelp())
                    .forEach(o -> out.add(name + " " + o.longestName()));
            commands(sub.getValue(), name, out);
        }
    }

    @Test
    void shouldDocumentEveryKeyTheLoaderReadsAndNoOther() throws Exception {
        var read = ConfigKeys.visitedBy(Path.of("nexus.example.yml"));

        assertThat(DOC.firstColumn("nexus.yml")).as("keys of the nexus.yml table")
                .containsExactlyInAnyOrderElementsOf(read);
    }

    @Test
    void shouldDocumentEveryCommandAndOptionOfTheCommandLineAndNoOther() {
        Set<String> tree = new TreeSet<>();
        commands(new CommandLine(new Main()), "", tree);

        assertThat(DOC.firstColumn("Command line")).as("rows of the command line table")
                .containsExactlyInAnyOrderElementsOf(tree);
    }

    @Test
    void shouldDocumentEveryEnvironmentVariableTheCodeReadsAndNoOther() throws Exception {
        var read = EnvironmentReads.all();

        assertThat(DOC.firstColumn("Environment variables")).as("variables of the environment table")
                .containsExactlyInAnyOrderElementsOf(read);
    }
}
