package dev.tocsin.oncall.internal.web;

import dev.tocsin.oncall.Shift;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * Who is on call on one layer now, and until when. {@code person} is a display name, null in a
 * gap; {@code until} is null when nothing in the schedule will end the shift, and {@code untilText}
 * is then "no end".
 */
record LayerNow(String layer, String username, String person, Instant until, String untilText) {

    static LayerNow of(Shift shift, ZoneId zone, Function<String, String> names) {
        Instant until = shift.hasEnd() ? shift.end() : null;
        return new LayerNow(shift.layer(), shift.username().orElse(null), shift.username().map(names).orElse(null),
                until, until == null ? "no end" : LocalTimes.dayTime(until, zone));
    }

    public boolean gap() {
        return username == null;
    }
}
