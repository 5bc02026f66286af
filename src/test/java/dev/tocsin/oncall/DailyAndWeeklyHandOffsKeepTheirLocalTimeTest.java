package dev.tocsin.oncall;

import static dev.tocsin.oncall.OnCallFixtures.BERLIN;
import static dev.tocsin.oncall.OnCallFixtures.NEW_YORK;
import static dev.tocsin.oncall.OnCallFixtures.gap;
import static dev.tocsin.oncall.OnCallFixtures.local;
import static dev.tocsin.oncall.OnCallFixtures.onCall;
import static dev.tocsin.oncall.OnCallFixtures.primaryAt;
import static dev.tocsin.oncall.OnCallFixtures.primaryOnly;
import static dev.tocsin.oncall.OnCallFixtures.shifts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Daylight saving in 2026: Berlin springs forward on 29 March and falls back on 25 October, New
 * York on 8 March and 1 November. A day across the change lasts 23 or 25 hours.
 */
class DailyAndWeeklyHandOffsKeepTheirLocalTimeTest {

    private static final List<String> ALICE_BOB = List.of("alice", "bob");

    @Test
    void a_daily_rotation_hands_off_at_nine_local_time_across_the_spring_forward() {
        var berlin = primaryOnly(BERLIN, Rotation.daily(local("2026-03-26T09:00"), ALICE_BOB));
        // 09:00 CET is 08:00 UTC; 09:00 CEST is 07:00 UTC.
        assertThat(shifts(berlin, "2026-03-28T00:00:00Z", "2026-03-31T00:00:00Z")).containsExactly(
                onCall("bob", "2026-03-28T00:00:00Z", "2026-03-28T08:00:00Z"),
                onCall("alice", "2026-03-28T08:00:00Z", "2026-03-29T07:00:00Z"),
                onCall("bob", "2026-03-29T07:00:00Z", "2026-03-30T07:00:00Z"),
                onCall("alice", "2026-03-30T07:00:00Z", "2026-03-31T00:00:00Z"));

        var newYork = primaryOnly(NEW_YORK, Rotation.daily(local("2026-03-05T09:00"), ALICE_BOB));
        Shift saturday = primaryAt(newYork, "2026-03-08T06:00:00Z");
        assertThat(saturday).isEqualTo(onCall("alice", "2026-03-07T14:00:00Z", "2026-03-08T13:00:00Z"));
        assertThat(Duration.between(saturday.start(), saturday.end())).hasHours(23);
    }

    @Test
    void a_daily_rotation_hands_off_at_nine_local_time_across_the_fall_back() {
        var berlin = primaryOnly(BERLIN, Rotation.daily(local("2026-10-22T09:00"), ALICE_BOB));
        Shift saturday = primaryAt(berlin, "2026-10-25T03:00:00Z");
        assertThat(saturday).isEqualTo(onCall("alice", "2026-10-24T07:00:00Z", "2026-10-25T08:00:00Z"));
        assertThat(Duration.between(saturday.start(), saturday.end())).hasHours(25);

        var newYork = primaryOnly(NEW_YORK, Rotation.daily(local("2026-10-29T09:00"), ALICE_BOB));
        assertThat(shifts(newYork, "2026-10-31T12:00:00Z", "2026-11-02T15:00:00Z")).containsExactly(
                onCall("bob", "2026-10-31T12:00:00Z", "2026-10-31T13:00:00Z"),
                onCall("alice", "2026-10-31T13:00:00Z", "2026-11-01T14:00:00Z"),
                onCall("bob", "2026-11-01T14:00:00Z", "2026-11-02T14:00:00Z"),
                onCall("alice", "2026-11-02T14:00:00Z", "2026-11-02T15:00:00Z"));
    }

    @Test
    void a_weekly_rotation_hands_off_on_monday_at_nine_local_time_across_the_spring_forward() {
        var berlin = primaryOnly(BERLIN, Rotation.weekly(local("2026-03-09T09:00"), ALICE_BOB));
        Shift week = primaryAt(berlin, "2026-03-29T12:00:00Z");
        assertThat(week).isEqualTo(onCall("alice", "2026-03-23T08:00:00Z", "2026-03-30T07:00:00Z"));
        assertThat(Duration.between(week.start(), week.end())).hasHours(7 * 24 - 1);
        assertThat(primaryAt(berlin, "2026-03-30T07:00:00Z"))
                .isEqualTo(onCall("bob", "2026-03-30T07:00:00Z", "2026-04-06T07:00:00Z"));

        var newYork = primaryOnly(NEW_YORK, Rotation.weekly(local("2026-02-23T09:00"), ALICE_BOB));
        assertThat(primaryAt(newYork, "2026-03-08T12:00:00Z"))
                .isEqualTo(onCall("bob", "2026-03-02T14:00:00Z", "2026-03-09T13:00:00Z"));
    }

    @Test
    void a_weekly_rotation_hands_off_on_monday_at_nine_local_time_across_the_fall_back() {
        var berlin = primaryOnly(BERLIN, Rotation.weekly(local("2026-10-12T09:00"), ALICE_BOB));
        Shift week = primaryAt(berlin, "2026-10-25T12:00:00Z");
        assertThat(week).isEqualTo(onCall("bob", "2026-10-19T07:00:00Z", "2026-10-26T08:00:00Z"));
        assertThat(Duration.between(week.start(), week.end())).hasHours(7 * 24 + 1);

        var newYork = primaryOnly(NEW_YORK, Rotation.weekly(local("2026-10-19T09:00"), ALICE_BOB));
        assertThat(primaryAt(newYork, "2026-11-01T12:00:00Z"))
                .isEqualTo(onCall("bob", "2026-10-26T13:00:00Z", "2026-11-02T14:00:00Z"));
    }

    @Test
    void a_half_past_two_hand_off_happens_at_half_past_three_on_the_spring_forward_day() {
        var berlin = primaryOnly(BERLIN, Rotation.daily(local("2026-03-27T02:30"), ALICE_BOB));
        // 02:30 does not exist on 29 March: the hand-off moves forward by the gap to 03:30 CEST
        // (01:30 UTC), and the next day's 02:30 CEST is 00:30 UTC, 23 hours later.
        assertThat(shifts(berlin, "2026-03-28T00:00:00Z", "2026-03-31T00:00:00Z")).containsExactly(
                onCall("alice", "2026-03-28T00:00:00Z", "2026-03-28T01:30:00Z"),
                onCall("bob", "2026-03-28T01:30:00Z", "2026-03-29T01:30:00Z"),
                onCall("alice", "2026-03-29T01:30:00Z", "2026-03-30T00:30:00Z"),
                onCall("bob", "2026-03-30T00:30:00Z", "2026-03-31T00:00:00Z"));
    }

    @Test
    void a_rotation_starting_inside_the_spring_forward_gap_starts_when_its_time_has_moved_forward() {
        var berlin = primaryOnly(BERLIN, Rotation.daily(local("2026-03-29T02:30"), ALICE_BOB));
        assertThat(shifts(berlin, "2026-03-29T00:00:00Z", "2026-03-30T01:00:00Z")).containsExactly(
                gap("2026-03-29T00:00:00Z", "2026-03-29T01:30:00Z"),
                onCall("alice", "2026-03-29T01:30:00Z", "2026-03-30T00:30:00Z"),
                onCall("bob", "2026-03-30T00:30:00Z", "2026-03-30T01:00:00Z"));
    }

    @Test
    void an_ambiguous_half_past_two_on_the_fall_back_day_takes_the_earlier_offset() {
        var berlin = primaryOnly(BERLIN, Rotation.daily(local("2026-10-23T02:30"), ALICE_BOB));
        // 02:30 happens twice on 25 October: 00:30 UTC (CEST) and 01:30 UTC (CET); the first counts.
        assertThat(primaryAt(berlin, "2026-10-25T01:00:00Z"))
                .isEqualTo(onCall("alice", "2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z"));
        assertThat(primaryAt(berlin, "2026-10-25T00:00:00Z"))
                .isEqualTo(onCall("bob", "2026-10-24T00:30:00Z", "2026-10-25T00:30:00Z"));
    }
}
