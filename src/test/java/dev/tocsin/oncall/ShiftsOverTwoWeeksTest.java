package dev.tocsin.oncall;

import static dev.tocsin.oncall.OnCallFixtures.BERLIN;
import static dev.tocsin.oncall.OnCallFixtures.CALCULATOR;
import static dev.tocsin.oncall.OnCallFixtures.UTC;
import static dev.tocsin.oncall.OnCallFixtures.at;
import static dev.tocsin.oncall.OnCallFixtures.local;
import static dev.tocsin.oncall.OnCallFixtures.onCall;
import static dev.tocsin.oncall.OnCallFixtures.primaryOnly;
import static dev.tocsin.oncall.OnCallFixtures.primaryOverride;
import static dev.tocsin.oncall.OnCallFixtures.shifts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline view and the iCalendar feed read a fortnight of shifts at a time. */
class ShiftsOverTwoWeeksTest {

    @Test
    void a_fortnight_of_weekly_primary_and_secondary_rotations_is_one_shift_per_person_clipped_to_the_range() {
        var schedule = new Schedule("customer-portal", BERLIN, List.of(
                new Layer("primary", Rotation.weekly(local("2026-03-02T09:00"), List.of("alice", "bob", "carol"))),
                new Layer("secondary", Rotation.weekly(local("2026-03-02T09:00"), List.of("carol", "alice", "bob")))));
        // Wednesday 18 March to Wednesday 1 April, local midnights; Berlin springs forward on 29 March.
        Instant from = at("2026-03-17T23:00:00Z");
        Instant to = at("2026-03-31T22:00:00Z");

        assertThat(CALCULATOR.shifts(schedule, from, to)).containsExactly(
                Shift.onCall("primary", "carol", from, at("2026-03-23T08:00:00Z")),
                Shift.onCall("primary", "alice", at("2026-03-23T08:00:00Z"), at("2026-03-30T07:00:00Z")),
                Shift.onCall("primary", "bob", at("2026-03-30T07:00:00Z"), to),
                Shift.onCall("secondary", "bob", from, at("2026-03-23T08:00:00Z")),
                Shift.onCall("secondary", "carol", at("2026-03-23T08:00:00Z"), at("2026-03-30T07:00:00Z")),
                Shift.onCall("secondary", "alice", at("2026-03-30T07:00:00Z"), to));
    }

    @Test
    void pieces_of_one_persons_time_are_merged_into_one_shift() {
        // Alice has turns 0 and 1, overrides Bob's turn 2 for its first three hours, and every
        // day's window ends at midnight where the next begins: all of it is one shift.
        var wholeDays = new TimeRestriction(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        var schedule = primaryOnly(UTC, Rotation.daily(local("2026-06-01T09:00"), List.of("alice", "alice", "bob")),
                List.of(wholeDays), primaryOverride("alice", "2026-06-03T09:00:00Z", "2026-06-03T12:00:00Z"));

        assertThat(shifts(schedule, "2026-06-01T09:00:00Z", "2026-06-15T09:00:00Z")).startsWith(
                onCall("alice", "2026-06-01T09:00:00Z", "2026-06-03T12:00:00Z"),
                onCall("bob", "2026-06-03T12:00:00Z", "2026-06-04T09:00:00Z"),
                onCall("alice", "2026-06-04T09:00:00Z", "2026-06-06T09:00:00Z"));
    }

    @Test
    void each_layer_covers_the_fortnight_without_holes_overlaps_or_two_neighbours_with_the_same_person() {
        Instant from = at("2026-03-22T23:00:00Z");
        Instant to = from.plus(Duration.ofDays(14));
        List<Shift> shifts = CALCULATOR.shifts(BusySchedule.BERLIN_ACROSS_SPRING_FORWARD, from, to);

        for (Layer layer : BusySchedule.BERLIN_ACROSS_SPRING_FORWARD.layers()) {
            List<Shift> ofLayer = shifts.stream().filter(s -> s.layer().equals(layer.name())).toList();
            assertThat(ofLayer).as(layer.name()).hasSizeGreaterThan(3);
            assertThat(ofLayer.getFirst().start()).isEqualTo(from);
            assertThat(ofLayer.getLast().end()).isEqualTo(to);
            for (int i = 1; i < ofLayer.size(); i++) {
                assertThat(ofLayer.get(i).start()).as("start of %s", ofLayer.get(i)).isEqualTo(ofLayer.get(i - 1).end());
                assertThat(ofLayer.get(i).username()).as("after %s", ofLayer.get(i - 1))
                        .isNotEqualTo(ofLayer.get(i - 1).username());
            }
        }
        assertThat(shifts.stream().map(Shift::layer).distinct()).containsExactly("primary", "secondary", "lead");
    }

    @Test
    void on_call_at_any_instant_of_the_fortnight_agrees_with_the_shift_listed_for_it() {
        Schedule schedule = BusySchedule.BERLIN_ACROSS_SPRING_FORWARD;
        Instant from = at("2026-03-22T23:00:00Z");
        Instant to = from.plus(Duration.ofDays(14));
        List<Shift> listed = CALCULATOR.shifts(schedule, from, to);

        for (Shift shift : listed) {
            for (Instant instant : List.of(shift.start(), shift.end().minusNanos(1))) {
                assertThat(clipped(onCallAt(schedule, shift.layer(), instant), from, to)).isEqualTo(shift);
            }
        }
        Duration step = Duration.ofMinutes(20);
        for (Instant instant = from.plusSeconds(7 * 60); instant.isBefore(to); instant = instant.plus(step)) {
            for (Shift now : CALCULATOR.onCallAt(schedule, instant)) {
                Instant probe = instant;
                assertThat(listed).as("at %s", instant).contains(clipped(now, from, to))
                        .filteredOn(s -> s.layer().equals(now.layer()) && s.contains(probe)).hasSize(1);
            }
        }
    }

    private static Shift onCallAt(Schedule schedule, String layer, Instant instant) {
        return CALCULATOR.onCallAt(schedule, instant).stream().filter(s -> s.layer().equals(layer)).findFirst()
                .orElseThrow();
    }

    private static Shift clipped(Shift shift, Instant from, Instant to) {
        Instant start = shift.start().isBefore(from) ? from : shift.start();
        Instant end = shift.end().isAfter(to) ? to : shift.end();
        return new Shift(shift.layer(), shift.username(), start, end);
    }
}
