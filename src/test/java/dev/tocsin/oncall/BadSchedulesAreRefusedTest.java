package dev.tocsin.oncall;

import static dev.tocsin.oncall.OnCallFixtures.CALCULATOR;
import static dev.tocsin.oncall.OnCallFixtures.UTC;
import static dev.tocsin.oncall.OnCallFixtures.at;
import static dev.tocsin.oncall.OnCallFixtures.local;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Mistakes are refused when the schedule is built, with a message that says what to change. */
class BadSchedulesAreRefusedTest {

    private static final Rotation ALICE = Rotation.daily(local("2026-06-01T09:00"), List.of("alice"));

    @Test
    void an_override_for_a_layer_the_schedule_does_not_have_is_refused_naming_the_layers_it_has() {
        var override = new ScheduleOverride("backup", "carol", at("2026-06-01T00:00:00Z"), at("2026-06-02T00:00:00Z"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Schedule("portal", UTC, List.of(new Layer("primary", ALICE)), List.of(override)))
                .withMessageContaining("'backup'").withMessageContaining("[primary]");
    }

    @Test
    void two_layers_with_one_name_are_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Schedule("portal", UTC,
                        List.of(new Layer("primary", ALICE), new Layer("primary", ALICE))))
                .withMessageContaining("two layers named 'primary'");
    }

    @Test
    void only_a_custom_rotation_has_a_length_and_it_must_be_an_hour_to_a_year() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Rotation(RotationKind.CUSTOM, null, local("2026-06-01T09:00"), List.of("alice")))
                .withMessageContaining("needs a customLength");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Rotation.custom(Duration.ofSeconds(30), local("2026-06-01T09:00"), List.of("alice")))
                .withMessageContaining("at least PT1H");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Rotation.custom(Duration.ofMinutes(59), local("2026-06-01T09:00"), List.of("alice")))
                .withMessageContaining("at least PT1H");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Rotation.custom(Duration.ofHours(2562047788015215L), local("2026-06-01T09:00"),
                        List.of("alice", "bob")))
                .withMessageContaining("at most 365 days");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Rotation(RotationKind.DAILY, Duration.ofHours(12), local("2026-06-01T09:00"),
                        List.of("alice")))
                .withMessageContaining("only for CUSTOM");
    }

    @Test
    void times_outside_the_years_1970_to_9999_are_refused_before_a_hand_off_can_overflow() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Rotation.weekly(local("+999999999-12-31T23:59:59"), List.of("alice")))
                .withMessageContaining("between 1970-01-01T00:00 and 9999-12-31T23:59:59");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Rotation.hourly(local("1969-12-31T23:00"), List.of("alice")))
                .withMessageContaining("between 1970");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ScheduleOverride("primary", "carol", at("2026-06-01T00:00:00Z"), Instant.MAX))
                .withMessageContaining("between 1970");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ScheduleOverride("primary", "carol", Instant.MIN, at("2026-06-01T00:00:00Z")))
                .withMessageContaining("between 1970");
    }

    @Test
    void overrides_ranges_and_restrictions_that_cover_no_time_are_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ScheduleOverride("primary", "carol",
                        at("2026-06-02T00:00:00Z"), at("2026-06-02T00:00:00Z")))
                .withMessageContaining("must end after it starts");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CALCULATOR.shifts(new Schedule("portal", UTC, List.of(new Layer("primary", ALICE))),
                        at("2026-06-02T00:00:00Z"), at("2026-06-01T00:00:00Z")))
                .withMessageContaining("must end after it starts");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TimeRestriction(Set.of(), LocalTime.of(9, 0), LocalTime.of(17, 0)))
                .withMessageContaining("at least one day");
    }
}
