package dev.tocsin.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    private final NotifyProperties defaults = new NotifyProperties(Duration.ofSeconds(10), Duration.ofMinutes(5), 6,
            Duration.ofSeconds(30), Duration.ofSeconds(15), Duration.ofHours(24));

    @Test
    void the_wait_doubles_after_each_failed_try_from_ten_seconds() {
        assertThat(defaults.retryDelay(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.retryDelay(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(defaults.retryDelay(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(defaults.retryDelay(5)).isEqualTo(Duration.ofSeconds(160));
    }

    @Test
    void the_wait_is_capped() {
        assertThat(defaults.retryDelay(6)).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.retryDelay(60)).isEqualTo(Duration.ofMinutes(5));
    }
}
