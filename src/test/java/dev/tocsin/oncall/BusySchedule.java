package dev.tocsin.oncall;

import static dev.tocsin.oncall.OnCallFixtures.BERLIN;
import static dev.tocsin.oncall.OnCallFixtures.BUSINESS_HOURS;
import static dev.tocsin.oncall.OnCallFixtures.at;
import static dev.tocsin.oncall.OnCallFixtures.local;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

/**
 * Everything at once, around Berlin's spring-forward on 29 March 2026: wall-clock and elapsed
 * rotations, a hand-off inside the missing hour, night and weekend windows, and overrides that
 * cross hand-offs, the change of offset and restricted-away time, and one that lasts a second.
 */
final class BusySchedule {

    static final Schedule BERLIN_ACROSS_SPRING_FORWARD = new Schedule("busy", BERLIN, List.of(
            new Layer("primary", Rotation.weekly(local("2026-03-02T09:00"), List.of("alice", "bob", "carol"))),
            new Layer("secondary", Rotation.daily(local("2026-03-20T02:30"), List.of("bob", "dana", "alice")), List.of(
                    new TimeRestriction(EnumSet.allOf(DayOfWeek.class), LocalTime.of(22, 0), LocalTime.of(6, 0)),
                    new TimeRestriction(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(10, 0), LocalTime.of(14, 0)))),
            new Layer("lead", Rotation.custom(Duration.ofHours(36), local("2026-03-25T09:00"), List.of("erin", "frank")),
                    List.of(BUSINESS_HOURS))),
            List.of(
                    new ScheduleOverride("primary", "alice", at("2026-03-25T10:00:00Z"), at("2026-03-25T12:00:00Z")),
                    new ScheduleOverride("primary", "dana", at("2026-03-29T00:00:00Z"), at("2026-03-30T12:00:00Z")),
                    new ScheduleOverride("secondary", "erin", at("2026-03-28T15:00:00Z"), at("2026-03-28T23:00:00Z")),
                    new ScheduleOverride("lead", "erin", at("2026-04-01T16:00:00Z"), at("2026-04-01T18:00:00Z")),
                    new ScheduleOverride("lead", "frank", at("2026-03-31T10:00:00Z"), at("2026-03-31T10:00:01Z"))));

    private BusySchedule() {
    }
}
