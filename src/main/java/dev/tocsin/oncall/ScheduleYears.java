package dev.tocsin.oncall;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The years a schedule's times may fall in: 1970 to 9999. Any real rotation or override lies
 * well inside; a time near the ends of what java.time holds (year ±999,999,999) makes the next
 * hand-off overflow, and then every answer that reads the schedule fails: the on-call API for
 * all schedules, the calendar feeds, and escalation to its layers.
 */
public final class ScheduleYears {

    public static final LocalDateTime EARLIEST = LocalDateTime.of(1970, 1, 1, 0, 0);
    public static final LocalDateTime LATEST = LocalDateTime.of(9999, 12, 31, 23, 59, 59);

    private ScheduleYears() {
    }

    public static boolean contain(LocalDateTime time) {
        return !time.isBefore(EARLIEST) && !time.isAfter(LATEST);
    }

    /** Read in UTC; a time zone moves an instant by hours, which these bounds leave room for. */
    public static boolean contain(Instant instant) {
        return !instant.isBefore(EARLIEST.toInstant(ZoneOffset.UTC)) && !instant.isAfter(LATEST.toInstant(ZoneOffset.UTC));
    }

    /** "between 1970-01-01T00:00 and 9999-12-31T23:59:59", for messages. */
    public static String range() {
        return "between " + EARLIEST + " and " + LATEST;
    }
}
