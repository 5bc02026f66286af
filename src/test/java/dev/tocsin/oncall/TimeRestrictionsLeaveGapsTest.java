package dev.tocsin.oncall;

import static dev.tocsin.oncall.OnCallFixtures.BERLIN;
import static dev.tocsin.oncall.OnCallFixtures.BUSINESS_HOURS;
import static dev.tocsin.oncall.OnCallFixtures.UTC;
import static dev.tocsin.oncall.OnCallFixtures.gap;
import static dev.tocsin.oncall.OnCallFixtures.local;
import static dev.tocsin.oncall.OnCallFixtures.onCall;
import static dev.tocsin.oncall.OnCallFixtures.primaryAt;
import static dev.tocsin.oncall.OnCallFixtures.primaryOnly;
import static dev.tocsin.oncall.OnCallFixtures.shifts;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 1 June 2026 is a Monday. */
class TimeRestrictionsLeaveGapsTest {

    private static final Rotation WEEKLY_ALICE_THEN_BOB =
            Rotation.weekly(local("2026-06-01T09:00"), List.of("alice", "bob"));
    private static final TimeRestriction WEEKDAY_NIGHTS = new TimeRestriction(EnumSet.range(MONDAY, FRIDAY),
            LocalTime.of(22, 0), LocalTime.of(6, 0));

    @Test
    void a_business_hours_layer_is_on_call_nine_to_five_on_weekdays_and_nobody_is_at_night_or_at_the_weekend() {
        // Hand-offs on Wednesdays at noon: the weekend gap must end at Monday's window, not at a hand-off.
        var wednesdayNoon = Rotation.weekly(local("2026-05-27T12:00"), List.of("alice", "bob"));
        var schedule = primaryOnly(UTC, wednesdayNoon, List.of(BUSINESS_HOURS));

        assertThat(shifts(schedule, "2026-06-01T00:00:00Z", "2026-06-08T12:00:00Z")).containsExactly(
                gap("2026-06-01T00:00:00Z", "2026-06-01T09:00:00Z"),
                onCall("alice", "2026-06-01T09:00:00Z", "2026-06-01T17:00:00Z"),
                gap("2026-06-01T17:00:00Z", "2026-06-02T09:00:00Z"),
                onCall("alice", "2026-06-02T09:00:00Z", "2026-06-02T17:00:00Z"),
                gap("2026-06-02T17:00:00Z", "2026-06-03T09:00:00Z"),
                onCall("alice", "2026-06-03T09:00:00Z", "2026-06-03T12:00:00Z"),
                onCall("bob", "2026-06-03T12:00:00Z", "2026-06-03T17:00:00Z"),
                gap("2026-06-03T17:00:00Z", "2026-06-04T09:00:00Z"),
                onCall("bob", "2026-06-04T09:00:00Z", "2026-06-04T17:00:00Z"),
                gap("2026-06-04T17:00:00Z", "2026-06-05T09:00:00Z"),
                onCall("bob", "2026-06-05T09:00:00Z", "2026-06-05T17:00:00Z"),
                gap("2026-06-05T17:00:00Z", "2026-06-08T09:00:00Z"),
                onCall("bob", "2026-06-08T09:00:00Z", "2026-06-08T12:00:00Z"));
    }

    @Test
    void a_window_past_midnight_runs_into_the_next_morning_even_when_that_day_is_not_listed() {
        var schedule = primaryOnly(UTC, WEEKLY_ALICE_THEN_BOB, List.of(WEEKDAY_NIGHTS));

        assertThat(primaryAt(schedule, "2026-06-02T03:00:00Z"))
                .isEqualTo(onCall("alice", "2026-06-01T22:00:00Z", "2026-06-02T06:00:00Z"));
        // Friday night ends on Saturday morning; Saturday and Sunday nights are not listed.
        assertThat(primaryAt(schedule, "2026-06-06T03:00:00Z"))
                .isEqualTo(onCall("alice", "2026-06-05T22:00:00Z", "2026-06-06T06:00:00Z"));
        assertThat(primaryAt(schedule, "2026-06-07T03:00:00Z"))
                .isEqualTo(gap("2026-06-06T06:00:00Z", "2026-06-08T22:00:00Z"));
    }

    @Test
    void a_night_window_keeps_its_local_times_so_it_lasts_seven_hours_in_spring_and_nine_in_autumn() {
        var everyNight = new TimeRestriction(EnumSet.allOf(DayOfWeek.class), LocalTime.of(22, 0), LocalTime.of(6, 0));
        var schedule = primaryOnly(BERLIN, Rotation.daily(local("2026-01-01T00:00"), List.of("alice")),
                List.of(everyNight));

        assertThat(primaryAt(schedule, "2026-03-29T02:00:00Z"))
                .isEqualTo(onCall("alice", "2026-03-28T21:00:00Z", "2026-03-29T04:00:00Z"));
        assertThat(primaryAt(schedule, "2026-10-25T02:00:00Z"))
                .isEqualTo(onCall("alice", "2026-10-24T20:00:00Z", "2026-10-25T05:00:00Z"));
    }

    @Test
    void a_hand_off_inside_a_window_splits_the_window_between_two_people() {
        var noonHandOff = Rotation.daily(local("2026-06-01T12:00"), List.of("alice", "bob"));
        var schedule = primaryOnly(UTC, noonHandOff, List.of(BUSINESS_HOURS));

        assertThat(shifts(schedule, "2026-06-02T00:00:00Z", "2026-06-03T00:00:00Z")).containsExactly(
                gap("2026-06-02T00:00:00Z", "2026-06-02T09:00:00Z"),
                onCall("alice", "2026-06-02T09:00:00Z", "2026-06-02T12:00:00Z"),
                onCall("bob", "2026-06-02T12:00:00Z", "2026-06-02T17:00:00Z"),
                gap("2026-06-02T17:00:00Z", "2026-06-03T00:00:00Z"));
    }

    @Test
    void windows_that_touch_or_overlap_make_one_continuous_shift() {
        var wholeDays = new TimeRestriction(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        assertThat(primaryAt(primaryOnly(UTC, WEEKLY_ALICE_THEN_BOB, List.of(wholeDays)), "2026-06-03T12:00:00Z"))
                .isEqualTo(onCall("alice", "2026-06-01T09:00:00Z", "2026-06-08T09:00:00Z"));

        var lateShift = new TimeRestriction(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(12, 0), LocalTime.of(20, 0));
        assertThat(primaryAt(primaryOnly(UTC, WEEKLY_ALICE_THEN_BOB, List.of(BUSINESS_HOURS, lateShift)),
                "2026-06-02T13:00:00Z"))
                .isEqualTo(onCall("alice", "2026-06-02T09:00:00Z", "2026-06-02T20:00:00Z"));
    }
}
