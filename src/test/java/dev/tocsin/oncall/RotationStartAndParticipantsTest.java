package dev.tocsin.oncall;

import static dev.tocsin.oncall.OnCallFixtures.UTC;
import static dev.tocsin.oncall.OnCallFixtures.at;
import static dev.tocsin.oncall.OnCallFixtures.gap;
import static dev.tocsin.oncall.OnCallFixtures.local;
import static dev.tocsin.oncall.OnCallFixtures.onCall;
import static dev.tocsin.oncall.OnCallFixtures.primaryAt;
import static dev.tocsin.oncall.OnCallFixtures.primaryOnly;
import static dev.tocsin.oncall.OnCallFixtures.shifts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RotationStartAndParticipantsTest {

    private static final String FIRST_HAND_OFF = "2026-06-01T09:00";

    @Test
    void nobody_is_on_call_before_the_rotation_starts() {
        var schedule = primaryOnly(UTC, Rotation.daily(local(FIRST_HAND_OFF), List.of("alice")));

        Shift before = primaryAt(schedule, "2026-05-30T12:00:00Z");
        assertThat(before.isGap()).isTrue();
        assertThat(before.start()).isEqualTo(Shift.UNBOUNDED_PAST);
        assertThat(before.end()).isEqualTo("2026-06-01T09:00:00Z");
        assertThat(shifts(schedule, "2026-05-31T00:00:00Z", "2026-06-02T00:00:00Z")).containsExactly(
                gap("2026-05-31T00:00:00Z", "2026-06-01T09:00:00Z"),
                onCall("alice", "2026-06-01T09:00:00Z", "2026-06-02T00:00:00Z"));
    }

    @Test
    void an_empty_participant_list_leaves_the_layer_uncovered_for_good() {
        var schedule = primaryOnly(UTC, Rotation.weekly(local(FIRST_HAND_OFF), List.of()));

        assertThat(primaryAt(schedule, "2026-07-01T12:00:00Z"))
                .isEqualTo(Shift.gap("primary", Shift.UNBOUNDED_PAST, Shift.UNBOUNDED_FUTURE));
        assertThat(shifts(schedule, "2026-06-01T00:00:00Z", "2026-06-15T00:00:00Z"))
                .containsExactly(gap("2026-06-01T00:00:00Z", "2026-06-15T00:00:00Z"));
    }

    @Test
    void participants_take_turns_in_order_and_start_again_from_the_first() {
        var schedule = primaryOnly(UTC, Rotation.daily(local(FIRST_HAND_OFF), List.of("alice", "bob", "carol")));

        assertThat(shifts(schedule, "2026-06-01T09:00:00Z", "2026-06-08T09:00:00Z"))
                .map(Shift::username)
                .map(Optional::orElseThrow)
                .containsExactly("alice", "bob", "carol", "alice", "bob", "carol", "alice");
        // 9 September is turn 100, and 100 % 3 == 1.
        assertThat(primaryAt(schedule, "2026-09-09T12:00:00Z"))
                .isEqualTo(onCall("bob", "2026-09-09T09:00:00Z", "2026-09-10T09:00:00Z"));
    }

    @Test
    void a_single_participant_is_on_call_from_the_rotation_start_with_no_end() {
        var schedule = primaryOnly(UTC, Rotation.hourly(local("2026-06-01T00:00"), List.of("alice")));

        Shift threeYearsLater = primaryAt(schedule, "2029-06-01T12:34:00Z");
        assertThat(threeYearsLater)
                .isEqualTo(Shift.onCall("primary", "alice", at("2026-06-01T00:00:00Z"), Shift.UNBOUNDED_FUTURE));
        assertThat(threeYearsLater.hasEnd()).isFalse();
    }

    @Test
    void a_participant_listed_twice_in_a_row_has_one_shift_of_two_turns() {
        var schedule = primaryOnly(UTC, Rotation.daily(local(FIRST_HAND_OFF), List.of("alice", "alice", "bob")));

        assertThat(primaryAt(schedule, "2026-06-02T12:00:00Z"))
                .isEqualTo(onCall("alice", "2026-06-01T09:00:00Z", "2026-06-03T09:00:00Z"));
        assertThat(primaryAt(schedule, "2026-06-03T12:00:00Z"))
                .isEqualTo(onCall("bob", "2026-06-03T09:00:00Z", "2026-06-04T09:00:00Z"));
    }
}
