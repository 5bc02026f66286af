package dev.tocsin.oncall.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tocsin.platform.Problem;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedWindowTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void by_default_a_feed_covers_a_week_back_and_sixty_days_ahead() {
        assertThat(FeedWindow.of(NOW, null, "")).isEqualTo(new FeedWindow(Instant.parse("2026-11-25T12:00:00Z"),
                Instant.parse("2027-01-31T12:00:00Z")));
    }

    @Test
    void from_and_until_choose_another_span_of_up_to_366_days() {
        assertThat(FeedWindow.of(NOW, "2026-01-01T00:00:00Z", "2027-01-02T00:00:00Z")).isEqualTo(new FeedWindow(
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-02T00:00:00Z")));

        assertThatThrownBy(() -> FeedWindow.of(NOW, "2026-01-01T00:00:00Z", "2027-01-02T00:00:01Z"))
                .isInstanceOf(Problem.class).hasMessageContaining("366 days");
        assertThatThrownBy(() -> FeedWindow.of(NOW, "2027-03-01T00:00:00Z", null))
                .isInstanceOf(Problem.class).hasMessageContaining("must be after 'from'");
        assertThatThrownBy(() -> FeedWindow.of(NOW, "yesterday", null))
                .isInstanceOf(Problem.class).hasMessageContaining("'from'").hasMessageContaining("yesterday");
    }

    @Test
    void a_span_near_the_ends_of_time_is_refused_rather_than_overflowing_a_hand_off() {
        assertThatThrownBy(() -> FeedWindow.of(NOW, "-1000000000-01-01T00:00:00Z", "-1000000000-06-01T00:00:00Z"))
                .isInstanceOf(Problem.class).hasMessageContaining("'from'").hasMessageContaining("between 1970");
        assertThatThrownBy(() -> FeedWindow.of(NOW, "+1000000000-01-01T00:00:00Z", "+1000000000-06-01T00:00:00Z"))
                .isInstanceOf(Problem.class).hasMessageContaining("between 1970");
    }
}
