package dev.tocsin.oncall.internal;

import dev.tocsin.oncall.ScheduleYears;
import dev.tocsin.platform.Problem;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The span a calendar feed covers: from a week ago, so the last hand-offs stay visible, to 60 days
 * ahead. {@code ?from=} and {@code ?until=} (ISO-8601 instants) choose another span, each replacing
 * its own default, of at most 366 days: a feed is computed on every download.
 */
record FeedWindow(Instant from, Instant until) {

    static final Duration PAST = Duration.ofDays(7);
    static final Duration AHEAD = Duration.ofDays(60);
    static final Duration LONGEST = Duration.ofDays(366);

    static FeedWindow of(Instant now, String from, String until) {
        Instant start = from == null || from.isBlank() ? now.minus(PAST) : instant("from", from);
        Instant end = until == null || until.isBlank() ? now.plus(AHEAD) : instant("until", until);
        if (!start.isBefore(end)) {
            throw Problem.badParameter("until", "must be after 'from' (" + start + "); got " + end + ".");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw Problem.badParameter("until", "may be at most " + LONGEST.toDays() + " days after 'from' ("
                    + start + "); got " + end + ". Ask for a longer span in pieces.");
        }
        return new FeedWindow(start, end);
    }

    private static Instant instant(String name, String value) {
        Instant instant;
        try {
            instant = Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw Problem.badParameter(name, "must be an ISO-8601 instant such as 2026-11-30T09:00:00Z; got '"
                    + value + "'.");
        }
        if (!ScheduleYears.contain(instant)) {
            throw Problem.badParameter(name, "must be " + ScheduleYears.range() + "; got '" + value + "'.");
        }
        return instant;
    }
}
