package com.nexus.chatops.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.Main;
import com.nexus.chatops.config.ConfigKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Following docs/setup.md from a clean checkout works: every `java -jar target/nexus.jar …` line parses against the
 * real command tree, every variable, nexus.yml key, file and kustomization it names exists, and the PagerDuty event
 * types it says to subscribe to are exactly those the code handles.
 */
class SetupDocTest {
    private static final Markdown DOC = Markdown.read("setup.md");
    private static final String JAR = "java -jar target/nexus.jar";
    private static final Pattern VARIABLE = Pattern.compile("\\b(?:SLACK|NEXUS|PAGERDUTY|STATUSPAGE|AWS|KUBE)_[A-Z0-9_]+\\b");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern EVENT_LITERAL = Pattern.compile("\"(incident\\.[a-z_.]+)\"");

    @Test
    void shouldParseEveryNexusCommandLineOfTheDocAgainstTheRealCommandTree() {
        List<String> lines = commandLines();

        assertThat(lines).as("nexus command lines in setup.md").hasSizeGreaterThanOrEqualTo(3);
        for (String line : lines) {
            String[] args = line.substring(JAR.length()).strip().split("\\s+");
            CommandLine.ParseResult parsed = new CommandLine(new Main()).parseArgs(args);
            assertThat(parsed.hasSubcommand()).as(line).isTrue();
        }
    }

    @Test
    void shouldNameOnlyEnvironmentVariablesTheCodeReads() throws Exception {
        Set<String> named = new TreeSet<>();
        Matcher m = VARIABLE.matcher(DOC.text());
        while (m.find()) {
            named.add(m.group());
        }

        assertThat(named).as("variables named in setup.md").isNotEmpty().isSubsetOf(EnvironmentReads.all());
    }

    @Test
    void shouldNameOnlyNexusYmlKeysTheLoaderReads() throws Exception {
        Set<String> keys = ConfigKeys.visitedBy(Path.of("nexus.example.yml"));
        Set<String> sections = new TreeSet<>(keys.stream().filter(k -> !k.contains(".")).toList());
        List<String> named = codeSpans().stream()
                .filter(s -> s.contains(".") && sections.contains(s.substring(0, s.indexOf('.')))).toList();

        assertThat(named).as("nexus.yml keys named in setup.md").isNotEmpty();
        assertThat(keys).as("nexus.yml keys the loader reads").containsAll(named);
    }

    @Test
    void shouldNameOnlyFilesAndKustomizationsThatExist() {
        List<String> paths = new ArrayList<>();
        for (String word : words()) {
            String path = word.replaceAll("^[`(\\[]+|[`),.:\\]]+$", "");
            if ((path.startsWith("deploy/") || path.matches("(manifest[\\w.-]*|nexus\\.example)\\.yml"))
                    && !path.startsWith("deploy/targets/payments")) {
                paths.add(path);
            }
        }

        assertThat(paths).as("repository paths named in setup.md").contains("deploy/overlays/postgresql",
                "deploy/overlays/sqlite", "deploy/iam-policy.json", "manifest.yml", "manifest.socket-mode.yml");
        paths.forEach(path -> assertThat(Path.of(path)).as(path).exists());
        commandsStartingWith("kubectl apply -k ").forEach(line -> assertThat(
                Path.of(line.substring("kubectl apply -k ".length()).strip(), "kustomization.yaml")).exists());
    }

    @Test
    void shouldNameMavenPropertiesThePomDefines() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));

        for (String line : commandsStartingWith("mvn ")) {
            Arrays.stream(line.split("\\s+")).filter(w -> w.startsWith("-Dnexus."))
                    .map(w -> w.substring(2, w.contains("=") ? w.indexOf('=') : w.length()))
                    .forEach(property -> assertThat(pom).as(property).contains("<" + property + ">"));
        }
    }

    @Test
    void shouldListExactlyThePagerDutyEventTypesTheCodeHandles() throws Exception {
        Set<String> handled = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/com/nexus/chatops/incident/pagerduty"))) {
            for (Path file : files.toList()) {
                Matcher m = EVENT_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    handled.add(m.group(1));
                }
            }
        }
        Set<String> listed = new TreeSet<>(codeSpans().stream().filter(s -> s.matches("incident\\.[a-z_.]+"))
                .toList());

        assertThat(handled).contains("incident.triggered", "incident.resolved");
        assertThat(listed).as("event types in setup.md").isEqualTo(handled);
    }

    private static List<String> commandLines() {
        List<String> lines = new ArrayList<>();
        for (String line : shellLines()) {
            for (String part : line.split(" \\| ")) {
                String command = part.strip().replaceAll("^(?:[A-Z_]+=\\S+\\s+)+", "");
                if (command.startsWith(JAR)) {
                    lines.add(command);
                }
            }
        }
        return lines;
    }

    private static List<String> commandsStartingWith(String prefix) {
        return shellLines().stream().filter(l -> l.startsWith(prefix)).toList();
    }

    private static List<String> shellLines() {
        return DOC.blocks("sh").stream().flatMap(b -> b.lines().stream()).map(String::strip).toList();
    }

    private static List<String> codeSpans() {
        List<String> spans = new ArrayList<>();
        Matcher m = CODE.matcher(DOC.prose());
        while (m.find()) {
            spans.add(m.group(1));
        }
        return spans;
    }

    private static List<String> words() {
        List<String> words = new ArrayList<>(codeSpans());
        shellLines().forEach(l -> words.addAll(Arrays.asList(l.split("\\s+"))));
        return words;
    }
}
