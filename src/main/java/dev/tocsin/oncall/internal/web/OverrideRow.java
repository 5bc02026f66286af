package dev.tocsin.oncall.internal.web;

import dev.tocsin.oncall.OnCallCalculator;
import dev.tocsin.oncall.Schedule;
import dev.tocsin.oncall.ScheduleOverride;
import dev.tocsin.oncall.Shift;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An override as the schedule page lists it: who takes over whom on which layer, from when
 * until when (in the schedule's zone), and whether it is past, current or upcoming.
 * {@code replaces} are whom the rotation alone has then, in order; empty when the layer has nobody.
 */
record OverrideRow(String layer, String username, String person, List<String> replaces, Instant start, Instant end,
        String from, String until, String state) {

    static OverrideRow of(ScheduleOverride override, Schedule schedule, Instant now, Function<String, String> names) {
        // The rotation alone: the same schedule without its overrides says whom this one replaces.
        Schedule withoutOverrides = new Schedule(schedule.name(), schedule.timeZone(), schedule.layers());
        List<String> replaced = new OnCallCalculator().shifts(withoutOverrides, override.start(), override.end()).stream()
                .filter(shift -> shift.layer().equals(override.layer())).map(Shift::username)
                .flatMap(Optional::stream).distinct().map(names).toList();
        String state = !override.end().isAfter(now) ? "past" : override.start().isAfter(now) ? "upcoming" : "now";
        return new OverrideRow(override.layer(), override.username(), names.apply(override.username()), replaced,
                override.start(), override.end(), LocalTimes.dayTime(override.start(), schedule.timeZone()),
                LocalTimes.dayTime(override.end(), schedule.timeZone()), state);
    }
}
