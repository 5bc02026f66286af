package dev.tocsin.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tocsin.platform.Problem;
import dev.tocsin.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IngestRateLimitTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final IngestRateLimit limit = new IngestRateLimit(2, 3, clock);
    private final Integration noisy = integration("noisy");

    @Test
    void a_burst_passes_then_the_sender_waits_for_the_sustained_rate() {
        limit.admit(noisy);
        limit.admit(noisy);
        limit.admit(noisy);
        assertThatThrownBy(() -> limit.admit(noisy)).isInstanceOfSatisfying(Problem.class, p -> {
            assertThat(p.status().value()).isEqualTo(429);
            assertThat(p.headers()).containsEntry("Retry-After", "1");
        });

        clock.advance(Duration.ofMillis(500));
        limit.admit(noisy);
        assertThatThrownBy(() -> limit.admit(noisy)).isInstanceOf(Problem.class);
    }

    @Test
    void each_integration_has_its_own_bucket() {
        for (int i = 0; i < 3; i++) {
            limit.admit(noisy);
        }
        limit.admit(integration("quiet"));
    }

    private static Integration integration(String name) {
        return new Integration(UUID.randomUUID(), name, "portal-redis", SeverityMapping.DEFAULT, List.of(), null, false,
                Instant.EPOCH, "test");
    }
}
