package dev.tocsin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private final Times times = new Times(Clock.fixed(NOW, ZoneOffset.UTC));

    @ParameterizedTest(name = "{0} reads \"in {1}\" ahead and \"{1} ago\" behind")
    @CsvSource({
            "PT0.4S,       0 s",
            "PT0.5S,       1 s",
            "PT29S,        29 s",
            "PT59.4S,      59 s",
            "PT59.5S,      1 min",
            "PT89S,        1 min",
            "PT90S,        2 min",
            "PT1M59S,      2 min",
            "PT14M29S,     14 min",
            "PT59M40S,     60 min",
            "PT1H59M29S,   119 min",
            "PT1H59M30S,   2 h",
            "PT2H29M59S,   2 h",
            "PT2H30M,      3 h",
            "PT3H59M59S,   4 h",
            "PT47H29M59S,  47 h",
            "PT47H30M,     2 days",
            "PT83H59M59S,  3 days",
            "PT84H,        4 days"})
    void rounds_to_the_nearest_unit_both_ways(Duration distance, String amount) {
        assertThat(times.relative(NOW.plus(distance))).isEqualTo("in " + amount);
        assertThat(times.relative(NOW.minus(distance))).isEqualTo(amount + " ago");
    }

    @Test
    void under_half_a_second_keeps_its_direction_and_no_instant_reads_as_nothing() {
        assertThat(times.relative(NOW.minusNanos(1_000))).isEqualTo("0 s ago");
        assertThat(times.relative(NOW.plusNanos(1_000))).isEqualTo("in 0 s");
        // An alert seen at this very instant (a test clock that stands still) was seen, not due.
        assertThat(times.relative(NOW)).isEqualTo("0 s ago");
        assertThat(times.relative(null)).isEmpty();
    }
}
