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

    /** "in 14 min", "3 h ago": how far an instant is from now. Now itself has happened: "0 s ago". */
    public String relative(Instant instant) {
        if (instant == null) {
            return "";
        }
        Duration d = Duration.between(clock.instant(), instant);
        String amount = amount(d.abs());
        return d.isPositive() ? "in " + amount : amount + " ago";
    }

    public boolean past(Instant instant) {
        return instant != null && instant.isBefore(clock.instant());
    }

    /**
     * Rounded to the nearest unit, half up, as a person reads a clock: 1 min 59 s is "2 min", not
     * "1 min". The unit is chosen after rounding, so 59.5 s reads "1 min", never "60 s".
     */
    private static String amount(Duration d) {
        long millis = d.toMillis();
        long seconds = nearest(millis, 1_000);
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = nearest(millis, 60_000);
        if (minutes < 120) {
            return minutes + " min";
        }
        long hours = nearest(millis, 3_600_000);
        if (hours < 48) {
            return hours + " h";
        }
        return nearest(millis, 86_400_000) + " days";
    }

    private static long nearest(long millis, long unit) {
        return (millis + unit / 2) / unit;
    }
}
