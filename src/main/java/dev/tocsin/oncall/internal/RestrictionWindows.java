package dev.tocsin.oncall.internal;

import dev.tocsin.oncall.TimeRestriction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** A layer's time restrictions as instants: when its rotation may be on call. */
final class RestrictionWindows {

    /** A window starts on one day and ends by the next, so a week and a day reaches the next edge. */
    private static final int DAYS_TO_NEXT_EDGE = 8;

    private final List<TimeRestriction> restrictions;
    private final ZoneId zone;

    RestrictionWindows(List<TimeRestriction> restrictions, ZoneId zone) {
        this.restrictions = restrictions;
        this.zone = zone;
    }

    boolean allow(Instant instant) {
        return restrictions.isEmpty() || windowsAround(instant, 1, 1).anyMatch(window -> window.contains(instant));
    }

    /** Null when there are no restrictions. */
    Instant nextEdgeAfter(Instant instant) {
        return windowsAround(instant, 1, DAYS_TO_NEXT_EDGE)
                .flatMap(Window::edges)
                .filter(edge -> edge.isAfter(instant))
                .min(Instant::compareTo)
                .orElse(null);
    }

    /** Null when there are no restrictions. */
    Instant lastEdgeAtOrBefore(Instant instant) {
        return windowsAround(instant, DAYS_TO_NEXT_EDGE, 1)
                .flatMap(Window::edges)
                .filter(edge -> !edge.isAfter(instant))
                .max(Instant::compareTo)
                .orElse(null);
    }

    private Stream<Window> windowsAround(Instant instant, int daysBefore, int daysAfter) {
        LocalDate today = instant.atZone(zone).toLocalDate();
        return LongStream.rangeClosed(-daysBefore, daysAfter)
                .mapToObj(today::plusDays)
                .flatMap(this::windowsStartingOn);
    }

    private Stream<Window> windowsStartingOn(LocalDate day) {
        return restrictions.stream()
                .filter(restriction -> restriction.days().contains(day.getDayOfWeek()))
                .map(restriction -> new Window(
                        ZonedDateTime.of(day, restriction.from(), zone).toInstant(),
                        ZonedDateTime.of(restriction.runsPastMidnight() ? day.plusDays(1) : day, restriction.until(), zone)
                                .toInstant()))
                .filter(window -> window.start().isBefore(window.end()));
    }

    private record Window(Instant start, Instant end) {

        boolean contains(Instant instant) {
            return !instant.isBefore(start) && instant.isBefore(end);
        }

        Stream<Instant> edges() {
            return Stream.of(start, end);
        }
    }
}
