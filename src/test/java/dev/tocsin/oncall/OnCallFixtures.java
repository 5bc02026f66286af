package dev.tocsin.oncall;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

/** Short spellings for the on-call tests: most build one "primary" layer and read its shifts. */
final class OnCallFixtures {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId UTC = ZoneOffset.UTC;
    static final String PRIMARY = "primary";
    static final TimeRestriction BUSINESS_HOURS = new TimeRestriction(EnumSet.range(MONDAY, FRIDAY),
            LocalTime.of(9, 0), LocalTime.of(17, 0));
    static final OnCallCalculator CALCULATOR = new OnCallCalculator();

    private OnCallFixtures() {
    }

    static Instant at(String utc) {
        return Instant.parse(utc);
    }

    static LocalDateTime local(String localDateTime) {
        return LocalDateTime.parse(localDateTime);
    }

    static Schedule primaryOnly(ZoneId zone, Rotation rotation, ScheduleOverride... overrides) {
        return primaryOnly(zone, rotation, List.of(), overrides);
    }

    static Schedule primaryOnly(ZoneId zone, Rotation rotation, List<TimeRestriction> restrictions,
            ScheduleOverride... overrides) {
        return new Schedule("test", zone, List.of(new Layer(PRIMARY, rotation, restrictions)), List.of(overrides));
    }

    static ScheduleOverride primaryOverride(String username, String start, String end) {
        return new ScheduleOverride(PRIMARY, username, at(start), at(end));
    }

    static Shift onCall(String username, String start, String end) {
        return Shift.onCall(PRIMARY, username, at(start), at(end));
    }

    static Shift gap(String start, String end) {
        return Shift.gap(PRIMARY, at(start), at(end));
    }

    static Shift primaryAt(Schedule schedule, String utc) {
        return CALCULATOR.onCallAt(schedule, at(utc)).getFirst();
    }

    static List<Shift> shifts(Schedule schedule, String from, String to) {
        return CALCULATOR.shifts(schedule, at(from), at(to));
    }
}
