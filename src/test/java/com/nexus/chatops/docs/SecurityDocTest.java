package com.nexus.chatops.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The least-privilege tables of docs/security.md list exactly what the shipped manifests grant. */
class SecurityDocTest {
    private static final Markdown DOC = Markdown.read("security.md");

    @Test
    void shouldListExactlyTheBotScopesOfTheManifest() throws Exception {
        JsonNode manifest = new YAMLMapper().readTree(Path.of("manifest.yml").toFile());
        Set<String> scopes = new TreeSet<>();
        manifest.path("oauth_config").path("scopes").path("bot").forEach(s -> scopes.add(s.asText()));

        assertThat(scopes).isNotEmpty();
        assertThat(DOC.firstColumn("Slack")).containsExactlyInAnyOrderElementsOf(scopes);
    }

    @Test
    void shouldListExactlyTheActionsOfTheIamPolicy() throws Exception {
        JsonNode policy = new ObjectMapper().readTree(Path.of("deploy/iam-policy.json").toFile());
        Set<String> actions = new TreeSet<>();
        policy.path("Statement").forEach(st -> st.path("Action").forEach(a -> actions.add(a.asText())));

        assertThat(actions).isNotEmpty();
        assertThat(DOC.firstColumn("AWS")).containsExactlyInAnyOrderElementsOf(actions);
    }

    @Test
    void shouldListExactlyTheResourcesAndVerbsOfTheRole() throws Exception {
        JsonNode role = new YAMLMapper().readTree(Path.of("deploy/rbac/role.yaml").toFile());
        Set<String> granted = new TreeSet<>();
        role.path("rules").forEach(rule -> rule.path("resources").forEach(r -> rule.path("verbs")
                .forEach(v -> granted.add(r.asText() + " " + v.asText()))));
        Set<String> documented = new TreeSet<>();
        boolean inside = false;
        for (String line : DOC.lines()) {
            if (line.startsWith("#")) {
                inside = line.equals("### Kubernetes");
            } else if (inside && line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                for (String verb : cells[2].split(",")) {
                    documented.add(cells[1].strip().replace("`", "") + " " + verb.strip());
                }
            }
        }

        assertThat(granted).isNotEmpty();
        assertThat(documented).isEqualTo(granted);
    }
}
