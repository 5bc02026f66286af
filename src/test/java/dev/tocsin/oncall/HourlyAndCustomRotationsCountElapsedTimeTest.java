package dev.tocsin.oncall;

import static dev.tocsin.oncall.OnCallFixtures.BERLIN;
import static dev.tocsin.oncall.OnCallFixtures.NEW_YORK;
import static dev.tocsin.oncall.OnCallFixtures.local;
import static dev.tocsin.oncall.OnCallFixtures.onCall;
import static dev.tocsin.oncall.OnCallFixtures.primaryOnly;
import static dev.tocsin.oncall.OnCallFixtures.shifts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HourlyAndCustomRotationsCountElapsedTimeTest {

    @Test
    void an_hourly_rotation_hands_off_every_elapsed_hour_across_the_spring_forward() {
        var berlin = primaryOnly(BERLIN, Rotation.hourly(local("2026-03-29T00:00"), List.of("alice", "bob", "carol")));
        // Local 00:00, 01:00, 03:00, 04:00 CEST: the missing 02:00 hour is nobody's, not a zero-length turn.
        assertThat(shifts(berlin, "2026-03-28T23:00:00Z", "2026-03-29T03:00:00Z")).containsExactly(
                onCall("alice", "2026-03-28T23:00:00Z", "2026-03-29T00:00:00Z"),
                onCall("bob", "2026-03-29T00:00:00Z", "2026-03-29T01:00:00Z"),
                onCall("carol", "2026-03-29T01:00:00Z", "2026-03-29T02:00:00Z"),
                onCall("alice", "2026-03-29T02:00:00Z", "2026-03-29T03:00:00Z"));
    }

    @Test
    void an_hourly_rotation_hands_off_every_elapsed_hour_across_the_fall_back() {
        var berlin = primaryOnly(BERLIN, Rotation.hourly(local("2026-10-25T00:00"), List.of("alice", "bob")));
        // The repeated 02:00 hour is a turn of its own: five turns between local 00:00 and 03:00 CET.
        assertThat(shifts(berlin, "2026-10-24T22:00:00Z", "2026-10-25T03:00:00Z")).containsExactly(
                onCall("alice", "2026-10-24T22:00:00Z", "2026-10-24T23:00:00Z"),
                onCall("bob", "2026-10-24T23:00:00Z", "2026-10-25T00:00:00Z"),
                onCall("alice", "2026-10-25T00:00:00Z", "2026-10-25T01:00:00Z"),
                onCall("bob", "2026-10-25T01:00:00Z", "2026-10-25T02:00:00Z"),
                onCall("alice", "2026-10-25T02:00:00Z", "2026-10-25T03:00:00Z"));
    }

    @Test
    void a_custom_twelve_hour_rotation_hands_off_every_twelve_elapsed_hours_so_its_local_time_moves() {
        var newYork = primaryOnly(NEW_YORK,
                Rotation.custom(Duration.ofHours(12), local("2026-03-07T08:00"), List.of("alice", "bob")));
        // 08:00 and 20:00 EST until the change, then 09:00 and 21:00 EDT.
        assertThat(shifts(newYork, "2026-03-07T13:00:00Z", "2026-03-09T13:00:00Z")).containsExactly(
                onCall("alice", "2026-03-07T13:00:00Z", "2026-03-08T01:00:00Z"),
                onCall("bob", "2026-03-08T01:00:00Z", "2026-03-08T13:00:00Z"),
                onCall("alice", "2026-03-08T13:00:00Z", "2026-03-09T01:00:00Z"),
                onCall("bob", "2026-03-09T01:00:00Z", "2026-03-09T13:00:00Z"));
    }
}
