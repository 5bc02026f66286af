package dev.tocsin.oncall;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is on call on one layer during [start, end). A gap, when nobody is, has an empty username:
 * an {@code Optional} rather than null, so that every caller paging "whoever is on call" has to
 * decide what a gap means.
 *
 * <p>{@link OnCallCalculator#onCallAt} may report a shift that began before anything the schedule
 * describes (nobody, before the rotation started) with start {@link #UNBOUNDED_PAST}, and one
 * that no hand-off, restriction or override will ever end (a single participant) with end
 * {@link #UNBOUNDED_FUTURE}. Shifts from {@link OnCallCalculator#shifts} are clipped to their
 * range, so always bounded.
 */
public record Shift(String layer, Optional<String> username, Instant start, Instant end) {

    public static final Instant UNBOUNDED_PAST = Instant.MIN;
    public static final Instant UNBOUNDED_FUTURE = Instant.MAX;

    public Shift {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(username, "username: empty for a gap");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A shift must end after it starts: " + start + " .. " + end);
        }
    }

    public static Shift onCall(String layer, String username, Instant start, Instant end) {
        return new Shift(layer, Optional.of(username), start, end);
    }

    public static Shift gap(String layer, Instant start, Instant end) {
        return new Shift(layer, Optional.empty(), start, end);
    }

    public boolean isGap() {
        return username.isEmpty();
    }

    public boolean hasStart() {
        return !start.equals(UNBOUNDED_PAST);
    }

    public boolean hasEnd() {
        return !end.equals(UNBOUNDED_FUTURE);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
