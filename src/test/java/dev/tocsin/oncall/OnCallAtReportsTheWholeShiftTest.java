package dev.tocsin.oncall;

import static dev.tocsin.oncall.OnCallFixtures.BUSINESS_HOURS;
import static dev.tocsin.oncall.OnCallFixtures.UTC;
import static dev.tocsin.oncall.OnCallFixtures.gap;
import static dev.tocsin.oncall.OnCallFixtures.local;
import static dev.tocsin.oncall.OnCallFixtures.onCall;
import static dev.tocsin.oncall.OnCallFixtures.primaryAt;
import static dev.tocsin.oncall.OnCallFixtures.primaryOnly;
import static dev.tocsin.oncall.OnCallFixtures.primaryOverride;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Daily hand-offs at 09:00 UTC from Monday 1 June 2026: Alice, Bob, Alice, ... */
class OnCallAtReportsTheWholeShiftTest {

    private static final Rotation ALICE_THEN_BOB = Rotation.daily(local("2026-06-01T09:00"), List.of("alice", "bob"));
    private static final ScheduleOverride CAROL_FOR_TWENTY_MINUTES =
            primaryOverride("carol", "2026-06-01T12:00:00Z", "2026-06-01T12:20:00Z");

    @Test
    void inside_an_override_the_shift_is_the_override() {
        assertThat(primaryAt(primaryOnly(UTC, ALICE_THEN_BOB, CAROL_FOR_TWENTY_MINUTES), "2026-06-01T12:10:00Z"))
                .isEqualTo(onCall("carol", "2026-06-01T12:00:00Z", "2026-06-01T12:20:00Z"));
    }

    @Test
    void around_an_override_the_shift_ends_where_it_begins_and_resumes_where_it_ends() {
        var schedule = primaryOnly(UTC, ALICE_THEN_BOB, CAROL_FOR_TWENTY_MINUTES);

        assertThat(primaryAt(schedule, "2026-06-01T10:00:00Z"))
                .isEqualTo(onCall("alice", "2026-06-01T09:00:00Z", "2026-06-01T12:00:00Z"));
        assertThat(primaryAt(schedule, "2026-06-01T12:20:00Z"))
                .isEqualTo(onCall("alice", "2026-06-01T12:20:00Z", "2026-06-02T09:00:00Z"));
    }

    @Test
    void an_override_by_the_person_on_call_stretches_their_shift_into_the_next_one() {
        var schedule = primaryOnly(UTC, ALICE_THEN_BOB,
                primaryOverride("alice", "2026-06-02T09:00:00Z", "2026-06-02T15:00:00Z"));

        assertThat(primaryAt(schedule, "2026-06-01T10:00:00Z"))
                .isEqualTo(onCall("alice", "2026-06-01T09:00:00Z", "2026-06-02T15:00:00Z"));
        assertThat(primaryAt(schedule, "2026-06-02T16:00:00Z"))
                .isEqualTo(onCall("bob", "2026-06-02T15:00:00Z", "2026-06-03T09:00:00Z"));
    }

    @Test
    void an_instant_on_a_hand_off_belongs_to_the_shift_that_starts_there() {
        var schedule = primaryOnly(UTC, ALICE_THEN_BOB);

        assertThat(primaryAt(schedule, "2026-06-02T09:00:00Z"))
                .isEqualTo(onCall("bob", "2026-06-02T09:00:00Z", "2026-06-03T09:00:00Z"));
    }

    @Test
    void a_weekend_gap_runs_from_friday_evening_to_monday_morning_or_to_an_override_in_between() {
        assertThat(primaryAt(primaryOnly(UTC, ALICE_THEN_BOB, List.of(BUSINESS_HOURS)), "2026-06-06T12:00:00Z"))
                .isEqualTo(gap("2026-06-05T17:00:00Z", "2026-06-08T09:00:00Z"));

        var withSaturdayCover = primaryOnly(UTC, ALICE_THEN_BOB, List.of(BUSINESS_HOURS),
                primaryOverride("carol", "2026-06-06T10:00:00Z", "2026-06-06T14:00:00Z"));
        assertThat(primaryAt(withSaturdayCover, "2026-06-06T09:00:00Z"))
                .isEqualTo(gap("2026-06-05T17:00:00Z", "2026-06-06T10:00:00Z"));
        assertThat(primaryAt(withSaturdayCover, "2026-06-06T15:00:00Z"))
                .isEqualTo(gap("2026-06-06T14:00:00Z", "2026-06-08T09:00:00Z"));
    }
}
