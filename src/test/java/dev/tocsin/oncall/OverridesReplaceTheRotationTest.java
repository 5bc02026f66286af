package dev.tocsin.oncall;

import static dev.tocsin.oncall.OnCallFixtures.BUSINESS_HOURS;
import static dev.tocsin.oncall.OnCallFixtures.UTC;
import static dev.tocsin.oncall.OnCallFixtures.at;
import static dev.tocsin.oncall.OnCallFixtures.gap;
import static dev.tocsin.oncall.OnCallFixtures.local;
import static dev.tocsin.oncall.OnCallFixtures.onCall;
import static dev.tocsin.oncall.OnCallFixtures.primaryAt;
import static dev.tocsin.oncall.OnCallFixtures.primaryOnly;
import static dev.tocsin.oncall.OnCallFixtures.primaryOverride;
import static dev.tocsin.oncall.OnCallFixtures.shifts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Alice has Monday 1 June 2026 from 09:00 UTC, Bob Tuesday, Alice Wednesday, and so on. */
class OverridesReplaceTheRotationTest {

    private static final Rotation ALICE_THEN_BOB = Rotation.daily(local("2026-06-01T09:00"), List.of("alice", "bob"));

    @Test
    void an_override_inside_one_shift_splits_it_around_the_stand_in() {
        var schedule = primaryOnly(UTC, ALICE_THEN_BOB,
                primaryOverride("carol", "2026-06-01T12:00:00Z", "2026-06-01T14:00:00Z"));

        assertThat(shifts(schedule, "2026-06-01T09:00:00Z", "2026-06-02T09:00:00Z")).containsExactly(
                onCall("alice", "2026-06-01T09:00:00Z", "2026-06-01T12:00:00Z"),
                onCall("carol", "2026-06-01T12:00:00Z", "2026-06-01T14:00:00Z"),
                onCall("alice", "2026-06-01T14:00:00Z", "2026-06-02T09:00:00Z"));
    }

    @Test
    void an_override_across_a_hand_off_replaces_both_people_it_covers() {
        var schedule = primaryOnly(UTC, ALICE_THEN_BOB,
                primaryOverride("carol", "2026-06-01T20:00:00Z", "2026-06-02T12:00:00Z"));

        assertThat(shifts(schedule, "2026-06-01T09:00:00Z", "2026-06-03T09:00:00Z")).containsExactly(
                onCall("alice", "2026-06-01T09:00:00Z", "2026-06-01T20:00:00Z"),
                onCall("carol", "2026-06-01T20:00:00Z", "2026-06-02T12:00:00Z"),
                onCall("bob", "2026-06-02T12:00:00Z", "2026-06-03T09:00:00Z"));
    }

    @Test
    void an_override_from_hand_off_to_hand_off_replaces_exactly_one_shift_and_ends_before_its_end_instant() {
        var schedule = primaryOnly(UTC, ALICE_THEN_BOB,
                primaryOverride("carol", "2026-06-02T09:00:00Z", "2026-06-03T09:00:00Z"));

        assertThat(shifts(schedule, "2026-06-01T09:00:00Z", "2026-06-04T09:00:00Z")).containsExactly(
                onCall("alice", "2026-06-01T09:00:00Z", "2026-06-02T09:00:00Z"),
                onCall("carol", "2026-06-02T09:00:00Z", "2026-06-03T09:00:00Z"),
                onCall("alice", "2026-06-03T09:00:00Z", "2026-06-04T09:00:00Z"));
        assertThat(primaryAt(schedule, "2026-06-02T08:59:59.999999999Z").username()).contains("alice");
        assertThat(primaryAt(schedule, "2026-06-02T09:00:00Z").username()).contains("carol");
        assertThat(primaryAt(schedule, "2026-06-03T08:59:59.999999999Z").username()).contains("carol");
        assertThat(primaryAt(schedule, "2026-06-03T09:00:00Z").username()).contains("alice");
    }

    @Test
    void an_override_applies_on_a_weekend_the_restrictions_leave_uncovered() {
        var schedule = primaryOnly(UTC, ALICE_THEN_BOB, List.of(BUSINESS_HOURS),
                primaryOverride("carol", "2026-06-06T10:00:00Z", "2026-06-06T14:00:00Z"));

        assertThat(shifts(schedule, "2026-06-05T17:00:00Z", "2026-06-08T09:00:00Z")).containsExactly(
                gap("2026-06-05T17:00:00Z", "2026-06-06T10:00:00Z"),
                onCall("carol", "2026-06-06T10:00:00Z", "2026-06-06T14:00:00Z"),
                gap("2026-06-06T14:00:00Z", "2026-06-08T09:00:00Z"));
    }

    @Test
    void an_override_reaching_past_the_end_of_business_hours_covers_the_evening_too() {
        var schedule = primaryOnly(UTC, ALICE_THEN_BOB, List.of(BUSINESS_HOURS),
                primaryOverride("carol", "2026-06-01T16:00:00Z", "2026-06-01T20:00:00Z"));

        assertThat(shifts(schedule, "2026-06-01T09:00:00Z", "2026-06-02T10:00:00Z")).containsExactly(
                onCall("alice", "2026-06-01T09:00:00Z", "2026-06-01T16:00:00Z"),
                onCall("carol", "2026-06-01T16:00:00Z", "2026-06-01T20:00:00Z"),
                gap("2026-06-01T20:00:00Z", "2026-06-02T09:00:00Z"),
                onCall("bob", "2026-06-02T09:00:00Z", "2026-06-02T10:00:00Z"));
    }

    @Test
    void where_two_overrides_overlap_the_later_one_in_the_list_wins() {
        var carol = primaryOverride("carol", "2026-06-01T12:00:00Z", "2026-06-01T16:00:00Z");
        var dave = primaryOverride("dave", "2026-06-01T14:00:00Z", "2026-06-01T18:00:00Z");

        assertThat(shifts(primaryOnly(UTC, ALICE_THEN_BOB, carol, dave), "2026-06-01T10:00:00Z", "2026-06-01T20:00:00Z"))
                .containsExactly(
                        onCall("alice", "2026-06-01T10:00:00Z", "2026-06-01T12:00:00Z"),
                        onCall("carol", "2026-06-01T12:00:00Z", "2026-06-01T14:00:00Z"),
                        onCall("dave", "2026-06-01T14:00:00Z", "2026-06-01T18:00:00Z"),
                        onCall("alice", "2026-06-01T18:00:00Z", "2026-06-01T20:00:00Z"));
        assertThat(shifts(primaryOnly(UTC, ALICE_THEN_BOB, dave, carol), "2026-06-01T10:00:00Z", "2026-06-01T20:00:00Z"))
                .containsExactly(
                        onCall("alice", "2026-06-01T10:00:00Z", "2026-06-01T12:00:00Z"),
                        onCall("carol", "2026-06-01T12:00:00Z", "2026-06-01T16:00:00Z"),
                        onCall("dave", "2026-06-01T16:00:00Z", "2026-06-01T18:00:00Z"),
                        onCall("alice", "2026-06-01T18:00:00Z", "2026-06-01T20:00:00Z"));
    }

    @Test
    void an_override_covers_a_layer_that_would_have_nobody() {
        var nobody = Rotation.daily(local("2026-06-01T09:00"), List.of());
        var schedule = primaryOnly(UTC, nobody, primaryOverride("carol", "2026-06-03T00:00:00Z", "2026-06-04T00:00:00Z"));

        assertThat(primaryAt(schedule, "2026-06-03T12:00:00Z"))
                .isEqualTo(onCall("carol", "2026-06-03T00:00:00Z", "2026-06-04T00:00:00Z"));
        assertThat(primaryAt(schedule, "2026-06-02T12:00:00Z"))
                .isEqualTo(Shift.gap("primary", Shift.UNBOUNDED_PAST, at("2026-06-03T00:00:00Z")));
        assertThat(primaryAt(schedule, "2026-06-04T00:00:00Z"))
                .isEqualTo(Shift.gap("primary", at("2026-06-04T00:00:00Z"), Shift.UNBOUNDED_FUTURE));
    }
}
