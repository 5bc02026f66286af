package dev.tocsin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;

/** A failed event is resubmitted at once the first time, then after 30 s, 60 s, 120 s … at most 10 min. */
class EventResubmissionTest {

    private static final Duration EVERY = Duration.ofSeconds(30);
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    record Failed(Instant getLastResubmissionDate, int getCompletionAttempts) implements EventPublication {
        public UUID getIdentifier() {
            return UUID.randomUUID();
        }

        public Object getEvent() {
            return "event";
        }

        public Instant getPublicationDate() {
            return NOW.minus(Duration.ofHours(1));
        }

        public Optional<Instant> getCompletionDate() {
            return Optional.empty();
        }

        public Status getStatus() {
            return Status.FAILED;
        }
    }

    @Test
    void each_failed_resubmission_doubles_the_wait_up_to_ten_minutes() {
        assertThat(EventResubmission.due(new Failed(null, 1), EVERY, NOW)).isTrue();
        assertThat(EventResubmission.due(new Failed(NOW.minusSeconds(29), 1), EVERY, NOW)).isFalse();
        assertThat(EventResubmission.due(new Failed(NOW.minusSeconds(30), 1), EVERY, NOW)).isTrue();
        assertThat(EventResubmission.due(new Failed(NOW.minusSeconds(59), 2), EVERY, NOW)).isFalse();
        assertThat(EventResubmission.due(new Failed(NOW.minusSeconds(60), 2), EVERY, NOW)).isTrue();
        assertThat(EventResubmission.due(new Failed(NOW.minusSeconds(239), 4), EVERY, NOW)).isFalse();
        assertThat(EventResubmission.due(new Failed(NOW.minus(Duration.ofMinutes(10)).plusSeconds(1), 40), EVERY, NOW))
                .isFalse();
        assertThat(EventResubmission.due(new Failed(NOW.minus(Duration.ofMinutes(10)), 40), EVERY, NOW)).isTrue();
    }
}
