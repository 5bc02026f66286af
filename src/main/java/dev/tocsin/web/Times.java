package dev.tocsin.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Formats instants for pages, as {@code ${@times.utc(...)}}: UTC, as the seed's templates ask. */
@Component("times")
public class Times {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Clock clock;

    Times(Clock clock) {
        this.clock = clock;
    }

    public String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** "in 14 min", "3 h ago": how far an instant is from now. */
    public String relative(Instant instant) {
        if (instant == null) {
            return "";
        }
        Duration d = Duration.between(clock.instant(), instant);
        String amount = amount(d.abs());
        return d.isNegative() ? amount + " ago" : "in " + amount;
    }

    public boolean past(Instant instant) {
        return instant != null && instant.isBefore(clock.instant());
    }

    private static String amount(Duration d) {
        if (d.toMinutes() < 1) {
            return d.toSeconds() + " s";
        }
        if (d.toHours() < 2) {
            return d.toMinutes() + " min";
        }
        if (d.toDays() < 2) {
            return d.toHours() + " h";
        }
        return d.toDays() + " days";
    }
}
