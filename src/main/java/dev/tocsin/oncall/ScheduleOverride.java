package dev.tocsin.oncall;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone taking over a layer during [start, end), whoever the rotation has then, across
 * hand-offs, and even where the layer's time restrictions leave nobody: an override is an
 * explicit request, so it is honoured as written. Where overrides of one layer overlap, the one
 * later in the schedule's list wins.
 *
 * <p>Not named {@code Override}: that would hide {@code java.lang.Override} from every class in
 * this package and from every file that imports it.
 */
public record ScheduleOverride(String layer, String username, Instant start, Instant end) {

    public ScheduleOverride {
        if (layer == null || layer.isBlank()) {
            throw new IllegalArgumentException("An override needs the name of the layer it replaces.");
        }
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("An override on layer '" + layer + "' needs the username taking over.");
        }
        Objects.requireNonNull(start, "An override needs a start instant.");
        Objects.requireNonNull(end, "An override needs an end instant.");
        if (!ScheduleYears.contain(start) || !ScheduleYears.contain(end)) {
            throw new IllegalArgumentException("An override's start and end must be " + ScheduleYears.range()
                    + " (UTC); " + username + " on '" + layer + "' has " + start + " to " + end + ".");
        }
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("An override must end after it starts; " + username + " on '" + layer
                    + "' starts at " + start + " and ends at " + end + ".");
        }
    }

    public boolean covers(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
