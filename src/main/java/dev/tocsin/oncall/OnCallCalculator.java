package dev.tocsin.oncall;

import dev.tocsin.oncall.internal.LayerTimeline;
import java.time.Instant;
import java.util.List;

/**
 * Who is on call, from a schedule alone: pure code with no clock, database or Spring, so the
 * caller decides what "now" is. Stateless and safe to share. Semantics: docs/oncall.md.
 */
public final class OnCallCalculator {

    /**
     * One shift per layer, in the schedule's order: the one containing {@code at}, from the last
     * change of hands to the next, after restrictions and overrides. A layer with nobody on call
     * at {@code at} is reported as a {@linkplain Shift#isGap() gap} with its own bounds.
     */
    public List<Shift> onCallAt(Schedule schedule, Instant at) {
        return LayerTimeline.of(schedule).stream().map(layer -> layer.shiftAround(at)).toList();
    }

    /**
     * Every shift of every layer in [from, to), gaps included, clipped to the range: layer by layer
     * in the schedule's order, each layer's shifts in time order and covering the whole range, and
     * no two neighbours with the same person.
     */
    public List<Shift> shifts(Schedule schedule, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException(
                    "A range of shifts must end after it starts; got " + from + " .. " + to + ".");
        }
        return LayerTimeline.of(schedule).stream().flatMap(layer -> layer.shifts(from, to).stream()).toList();
    }
}
