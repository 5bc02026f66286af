package dev.tocsin.oncall.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.oncall.Layer;
import dev.tocsin.oncall.Rotation;
import dev.tocsin.oncall.Schedule;
import dev.tocsin.oncall.ScheduleOverride;
import dev.tocsin.oncall.Shift;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The schedule page's pure parts: where bars and days are drawn, and whom an override replaces. */
class TwoWeekTimelineTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Function<String, String> NAMES = username -> username.toUpperCase();

    private static Schedule weekly(List<ScheduleOverride> overrides) {
        return new Schedule("portal", BERLIN, List.of(new Layer("primary",
                Rotation.weekly(LocalDateTime.parse("2026-03-02T09:00"), List.of("alice", "bob")))), overrides);
    }

    @Test
    void the_window_runs_from_todays_local_midnight_for_fourteen_days_and_a_spring_forward_day_is_drawn_narrower() {
        // Wednesday 25 March 2026, 10:00 in Berlin; clocks go forward on Sunday 29 March.
        var timeline = TwoWeekTimeline.of(weekly(List.of()), Instant.parse("2026-03-25T09:00:00Z"), NAMES);

        assertThat(timeline.from()).isEqualTo(Instant.parse("2026-03-24T23:00:00Z"));
        assertThat(timeline.to()).isEqualTo(Instant.parse("2026-04-07T22:00:00Z"));
        assertThat(timeline.days()).hasSize(14);
        assertThat(timeline.days().getFirst().date()).isEqualTo(LocalDate.parse("2026-03-25"));
        assertThat(timeline.days().getFirst().today()).isTrue();
        assertThat(timeline.days().get(4).label()).isEqualTo("Sun 29 Mar");
        assertThat(timeline.days().get(4).weekend()).isTrue();
        // 14 days less one hour: an ordinary day is 24/335 of the width, the short Sunday 23/335.
        assertThat(timeline.days().get(3).style()).endsWith("width: 7.1642%");
        assertThat(timeline.days().get(4).style()).endsWith("width: 6.8657%");
        assertThat(timeline.nowStyle()).isEqualTo("left: 2.9851%");
    }

    @Test
    void each_layer_is_one_row_of_bars_with_local_times_and_names() {
        var timeline = TwoWeekTimeline.of(weekly(List.of()), Instant.parse("2026-03-25T09:00:00Z"), NAMES);

        var bars = timeline.rows().getFirst().bars();
        assertThat(timeline.rows().getFirst().layer()).isEqualTo("primary");
        assertThat(bars).extracting(TwoWeekTimeline.Bar::person).containsExactly("BOB", "ALICE", "BOB");
        assertThat(bars).extracting(TwoWeekTimeline.Bar::startLocal)
                .containsExactly("Wed 25 Mar 00:00", "Mon 30 Mar 09:00", "Mon 6 Apr 09:00");
        assertThat(bars.getFirst().style()).startsWith("left: 0.0000%");
        assertThat(bars.getLast().style()).endsWith("%");
        assertThat(bars.get(1).colour()).isNotEqualTo("gap");
    }

    @Test
    void an_override_across_a_hand_off_replaces_both_people_and_one_on_nobody_replaces_nobody() {
        var across = new ScheduleOverride("primary", "carol", Instant.parse("2026-03-30T06:00:00Z"),
                Instant.parse("2026-03-30T10:00:00Z"));
        var before = new ScheduleOverride("primary", "carol", Instant.parse("2026-02-01T06:00:00Z"),
                Instant.parse("2026-02-01T10:00:00Z"));
        var schedule = weekly(List.of(across, before));
        Instant now = Instant.parse("2026-03-30T08:00:00Z");

        var row = OverrideRow.of(across, schedule, now, NAMES);
        assertThat(row.person()).isEqualTo("CAROL");
        assertThat(row.replaces()).containsExactly("BOB", "ALICE");
        assertThat(row.from()).isEqualTo("Mon 30 Mar 08:00");
        assertThat(row.until()).isEqualTo("Mon 30 Mar 12:00");
        assertThat(row.state()).isEqualTo("now");

        var early = OverrideRow.of(before, schedule, now, NAMES);
        assertThat(early.replaces()).isEmpty();
        assertThat(early.state()).isEqualTo("past");
    }

    @Test
    void a_shift_nothing_will_end_reads_no_end() {
        var now = LayerNow.of(Shift.onCall("primary", "alice", Instant.parse("2026-03-02T08:00:00Z"),
                Shift.UNBOUNDED_FUTURE), BERLIN, NAMES);
        assertThat(now.until()).isNull();
        assertThat(now.untilText()).isEqualTo("no end");
        assertThat(now.person()).isEqualTo("ALICE");

        var gap = LayerNow.of(Shift.gap("primary", Shift.UNBOUNDED_PAST, Instant.parse("2026-03-02T08:00:00Z")),
                BERLIN, NAMES);
        assertThat(gap.gap()).isTrue();
        assertThat(gap.untilText()).isEqualTo("Mon 2 Mar 09:00");
    }
}
