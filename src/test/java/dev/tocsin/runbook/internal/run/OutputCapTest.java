package dev.tocsin.runbook.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutputCapTest {

    @Test
    void keeps_everything_under_the_cap() {
        OutputCap cap = new OutputCap(10).append("hello").append(" you");
        assertThat(cap.text()).isEqualTo("hello you");
        assertThat(cap.truncated()).isFalse();
    }

    @Test
    void keeps_the_first_characters_and_marks_the_rest_cut() {
        OutputCap cap = new OutputCap(5).append("hello").append("!").append("more");
        assertThat(cap.text()).isEqualTo("hello");
        assertThat(cap.truncated()).isTrue();
    }

    @Test
    void caps_at_64_kib_by_default() {
        OutputCap cap = OutputCap.of("x".repeat(70_000));
        assertThat(cap.text()).hasSize(64 * 1024);
        assertThat(cap.truncated()).isTrue();
    }

    @Test
    void says_timeouts_the_way_runbooks_write_them() {
        assertThat(OutputCap.timedOut(Duration.ofSeconds(2))).isEqualTo("timed out after 2s");
        assertThat(OutputCap.timedOut(Duration.ofMillis(500))).isEqualTo("timed out after 500ms");
        assertThat(OutputCap.timedOut(Duration.ofMinutes(2))).isEqualTo("timed out after 2m");
    }
}
