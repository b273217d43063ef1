package com.nexus.chatops.ingress.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person at the console's terminal gets: keys as an xterm sends them, through JLine. */
class EditedLinesTest {
    private static final String UP = "\u001bOA"; // xterm's up arrow (terminfo kcuu1)
    private static final String LEFT = "\u001bOD";

    @TempDir
    Path dir;

    private static ByteArrayInputStream typed(String keys) {
        return new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldRecallTheLastCommandWithTheUpArrow() throws Exception {
        try (EditedLines lines = EditedLines.over(typed("/nexus pods core-api\r" + UP + "\r"),
                new ByteArrayOutputStream(), "xterm", dir.resolve("history"))) {
            assertThat(lines.next("nexus> ")).isEqualTo("/nexus pods core-api");
            assertThat(lines.next("nexus> ")).isEqualTo("/nexus pods core-api");
        }
    }

    @Test
    void shouldLetALineBeEditedInTheMiddle() throws Exception {
        try (EditedLines lines = EditedLines.over(typed("/nexus pods core-ap" + LEFT + LEFT + "X\r"),
                new ByteArrayOutputStream(), "xterm", dir.resolve("history"))) {
            assertThat(lines.next("nexus> ")).isEqualTo("/nexus pods core-Xap");
        }
    }

    @Test
    void shouldKeepTheHistoryForTheNextRun() throws Exception {
        Path history = dir.resolve("history");
        try (EditedLines first = EditedLines.over(typed("/nexus status\r"), new ByteArrayOutputStream(), "xterm",
                history)) {
            assertThat(first.next("nexus> ")).isEqualTo("/nexus status");
        }
        assertThat(Files.readString(history)).contains("/nexus status");
        try (EditedLines second = EditedLines.over(typed(UP + "\r"), new ByteArrayOutputStream(), "xterm",
                history)) {
            assertThat(second.next("nexus> ")).isEqualTo("/nexus status");
        }
    }

    @Test
    void shouldEndAtCtrlDOnAnEmptyLine() throws Exception {
        try (EditedLines lines = EditedLines.over(typed("\u0004"), new ByteArrayOutputStream(), "xterm",
                dir.resolve("history"))) {
            assertThat(lines.next("nexus> ")).isNull();
        }
    }
}
