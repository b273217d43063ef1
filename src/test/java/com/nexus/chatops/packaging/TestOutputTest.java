package com.nexus.chatops.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * `mvn -B verify` output stays about nexus: the property-test engine runs a passing property without printing
 * anything of its own (jqwik 1.10 printed a banner into every run), and the README states what a first build needs.
 */
class TestOutputTest {

    @Test
    void shouldRunAPassingPropertyWithoutPrintingAnything() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(QuietProperty.class))
                    .filters(EngineFilter.includeEngines("jqwik")).build(), summary);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(summary.getSummary().getTestsSucceededCount()).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void shouldStateThePrerequisitesAndTheLicense() throws Exception {
        assertThat(Files.readString(Path.of("README.md"))).contains("JDK 17 or newer", "Maven 3.8 or newer",
                "nexus.db");
        assertThat(Files.readString(Path.of("LICENSE"))).contains("Apache License", "Version 2.0");
    }

    /** A property that always holds. */
    static class QuietProperty {
        @Property(tries = 10)
        boolean addingZeroChangesNothing(@ForAll int n) {
            return n + 0 == n;
        }
    }
}
