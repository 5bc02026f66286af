package dev.tocsin.oncall;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;

/**
 * A weekly window, in the schedule's time zone, outside which a layer's rotation has nobody on
 * call, e.g. business hours Monday to Friday 09:00–17:00. A window starts on each of its days at
 * {@code from}; when {@code until} is not after {@code from} it ends on the following day, so
 * 22:00–06:00 is a night and 00:00–00:00 a whole day.
 */
public record TimeRestriction(Set<DayOfWeek> days, LocalTime from, LocalTime until) {

    public TimeRestriction {
        days = Set.copyOf(Objects.requireNonNull(days, "A time restriction needs the days its window starts on."));
        if (days.isEmpty()) {
            throw new IllegalArgumentException("A time restriction needs at least one day; a layer that should "
                    + "never be on call needs no rotation participants instead.");
        }
        Objects.requireNonNull(from, "A time restriction needs a start time (from).");
        Objects.requireNonNull(until, "A time restriction needs an end time (until).");
    }

    public boolean runsPastMidnight() {
        return !until.isAfter(from);
    }
}
