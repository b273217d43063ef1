package com.nexus.chatops.action.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.config.Service;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** deploy/iam-policy.json grants exactly what nexus calls, writes only on the resources nexus.example.yml names. */
class IamPolicyTest {
    private static JsonNode policy;

    @BeforeAll
    static void read() throws Exception {
        policy = new ObjectMapper().readTree(Path.of("deploy", "iam-policy.json").toFile());
    }

    @Test
    void shouldListExactlyTheAwsActionsTheCodeCallsWhenReadingThePolicy() {
        Set<String> called = AwsCallsInCode.actions();

        assertThat(called).as("what the code calls").contains("ecs:UpdateService", "rds:DescribeDBSnapshots");
        assertThat(granted()).as("deploy/iam-policy.json against the calls in action/aws")
                .containsExactlyInAnyOrderElementsOf(called);
    }

    @Test
    void shouldGrantWritesOnlyOnTheExampleResourcesAndReadsOnEverythingWhenReadingThePolicy() {
        Service platform = ConfigLoader.load(Path.of("nexus.example.yml")).service("platform").orElseThrow();
        String cluster = platform.ecs().orElseThrow().cluster();
        String service = platform.ecs().orElseThrow().service();
        String instance = platform.rds().orElseThrow().instance();

        assertThat(policy.get("Version").asText()).isEqualTo("2012-10-17");
        for (JsonNode statement : policy.get("Statement")) {
            assertThat(statement.get("Effect").asText()).isEqualTo("Allow");
            List<String> resources = texts(statement.get("Resource"));
            for (String action : texts(statement.get("Action"))) {
                if (action.matches("[a-z]+:(Describe|Get|List)[A-Za-z]*")) {
                    assertThat(resources).as(action).containsExactly("*");
                } else if (action.equals("ecs:UpdateService")) {
                    assertThat(resources).containsExactly("arn:aws:ecs:*:*:service/" + cluster + "/" + service);
                } else {
                    assertThat(action).isEqualTo("rds:CreateDBSnapshot");
                    assertThat(resources).containsExactlyInAnyOrder("arn:aws:rds:*:*:db:" + instance,
                            "arn:aws:rds:*:*:snapshot:" + SnapshotNames.PREFIX + "*");
                }
            }
        }
    }

    private static Set<String> granted() {
        Set<String> actions = new TreeSet<>();
        policy.get("Statement").forEach(s -> actions.addAll(texts(s.get("Action"))));
        return actions;
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> texts.add(n.asText()));
        } else {
            texts.add(node.asText());
        }
        return texts;
    }
}
