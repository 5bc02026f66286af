package dev.tocsin.oncall.internal;

import dev.tocsin.oncall.Shift;
import java.time.Instant;
import java.util.List;

/**
 * Who is on call on each layer of one schedule at {@code at}. Shift bounds never show
 * Instant.MIN or MAX: an unbounded end is null with {@code endless} true (nothing in the schedule
 * will ever end the shift), and an unbounded start is null with {@code sinceScheduleStart} true
 * (nobody has been on call since before anything the schedule describes).
 */
record OnCallView(String schedule, String name, String timeZone, Instant at, List<LayerShift> layers) {

    /** {@code username} and {@code displayName} are null when the layer has nobody on call: a gap. */
    record LayerShift(String layer, String username, String displayName, boolean gap, Instant start,
            boolean sinceScheduleStart, Instant end, boolean endless) {

        static LayerShift of(Shift shift, String displayName) {
            return new LayerShift(shift.layer(), shift.username().orElse(null), displayName, shift.isGap(),
                    shift.hasStart() ? shift.start() : null, !shift.hasStart(),
                    shift.hasEnd() ? shift.end() : null, !shift.hasEnd());
        }
    }
}
