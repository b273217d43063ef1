package com.nexus.chatops.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nexus.chatops.config.Actions;
import com.nexus.chatops.config.ConfigException;
import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.PolicyRule;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example of docs/policy.md loads through the real loader, and the page names the real actions and guards. */
class PolicyDocTest {
    private static final Markdown DOC = Markdown.read("policy.md");

    @TempDir
    Path dir;

    @Test
    void shouldLoadEveryExampleThroughTheRealLoader() throws Exception {
        List<Markdown.Block> examples = DOC.blocks("yaml");

        assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
        for (Markdown.Block example : examples) {
            NexusConfig config = load(example);
            assertThat(config.policy()).as("example at line " + example.line()).isNotEmpty();
        }
    }

    @Test
    void shouldAskALeadsApprovalForARollbackOnlyAtSev1WhenLoadingTheTwoPersonExample() throws Exception {
        NexusConfig config = load(DOC.blocks("yaml").stream()
                .filter(b -> b.text().contains("approvals: 1")).findFirst().orElseThrow());

        PolicyRule approval = config.policy().get(1);
        assertThat(approval.covers("k8s.rollback")).isTrue();
        assertThat(approval.allow()).isEmpty();
        assertThat(approval.approvers()).containsExactly("leads");
        assertThat(approval.appliesAt("sev1")).isTrue();
        assertThat(approval.appliesAt("sev2")).isFalse();
        assertThat(approval.appliesAt(null)).isFalse();
    }

    @Test
    void shouldRefuseTheRefusedExampleWithTheMessageTheDocQuotes() throws Exception {
        Markdown.Block refused = DOC.blocks("yaml refused").get(0);
        Path file = write(refused);

        assertThatThrownBy(() -> ConfigLoader.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("limits \"incident.declare\" with allow; declaring an incident must stay open");
        assertThat(DOC.prose().replaceAll("\\s+", " ")).contains("limits \"incident.declare\" with allow;"
                + " declaring an incident must stay open to everyone, everywhere");
    }

    @Test
    void shouldNameEveryActionAndGroupAndNoOther() {
        Set<String> named = new TreeSet<>();
        DOC.firstColumn("Actions").forEach(named::add);

        assertThat(named).containsExactlyInAnyOrderElementsOf(Actions.names());
    }

    @Test
    void shouldNameEveryGuardOfTheChainAndNoOther() throws Exception {
        Set<String> guards = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/com/nexus/chatops/guard"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Rule.java")).toList()) {
                String name = file.getFileName().toString().replace(".java", "");
                Class<?> type = Class.forName("com.nexus.chatops.guard." + name);
                if (type.isInterface()) {
                    continue;
                }
                Field field = type.getDeclaredField("NAME");
                field.setAccessible(true);
                guards.add((String) field.get(null));
            }
        }

        assertThat(DOC.firstColumn("The guard chain")).containsExactlyInAnyOrderElementsOf(guards);
    }

    private NexusConfig load(Markdown.Block example) throws Exception {
        return ConfigLoader.load(write(example));
    }

    private Path write(Markdown.Block example) throws Exception {
        Path file = dir.resolve("nexus-" + example.line() + ".yml");
        Files.writeString(file, example.text());
        return file;
    }
}
