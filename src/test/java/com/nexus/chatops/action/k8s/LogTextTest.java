package com.nexus.chatops.action.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void shouldKeepCutStartOfOneEndlessLineWhenReadCapIsHit() throws IOException {
        LogText.Read read = LogText.read(new StringReader("y".repeat(LogTail.MAX_READ_CHARS * 2)),
                LogTail.MAX_READ_CHARS);

        LogTail tail = LogText.shape("p", "api", false, List.of(), read, 100, 100);

        assertThat(read.cut()).isTrue();
        assertThat(tail.lines()).isEqualTo(1);
        assertThat(tail.text()).hasSize(LogTail.MAX_LINE_CHARS + 1).endsWith("…\n");
        assertThat(tail.truncation()).hasValueSatisfying(n -> assertThat(n).contains("reading stopped after"));
    }

    @Test
    void shouldReturnEmptyTextWhenLogIsEmpty() throws IOException {
        LogTail tail = LogText.shape("p", "api", false, List.of(), LogText.read(new StringReader(""), 10), 100, 100);

        assertThat(tail.text()).isEmpty();
        assertThat(tail.lines()).isZero();
        assertThat(tail.truncated()).isFalse();
    }
}
