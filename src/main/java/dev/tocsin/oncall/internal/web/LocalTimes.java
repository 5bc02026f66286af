package dev.tocsin.oncall.internal.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Instants as a schedule's people read them: in the schedule's time zone, with the weekday, since
 * hand-offs are weekly habits ("Mon 7 Dec 09:00"). Pages elsewhere show UTC; schedule pages say
 * which zone they use.
 */
final class LocalTimes {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private LocalTimes() {
    }

    static String dayTime(Instant instant, ZoneId zone) {
        return DAY_TIME.format(instant.atZone(zone));
    }

    static String day(Instant instant, ZoneId zone) {
        return DAY.format(instant.atZone(zone));
    }
}
