package dev.tocsin.oncall.internal;

import dev.tocsin.oncall.Rotation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** When a rotation hands off, and to whom, in the schedule's time zone. */
final class RotationClock {

    private final Rotation rotation;
    private final ZoneId zone;
    private final Instant start;

    RotationClock(Rotation rotation, ZoneId zone) {
        this.rotation = rotation;
        this.zone = zone;
        this.start = resolve(rotation.start());
    }

    Instant start() {
        return start;
    }

    /**
     * The start of turn {@code n}. DAILY and WEEKLY add calendar days to the local start, so the
     * hand-off keeps its wall-clock time; HOURLY and CUSTOM add elapsed time to the first instant.
     */
    Instant handOff(long n) {
        return switch (rotation.kind()) {
            case HOURLY -> start.plus(Duration.ofHours(n));
            case CUSTOM -> start.plus(rotation.customLength().multipliedBy(n));
            case DAILY -> resolve(rotation.start().plusDays(n));
            case WEEKLY -> resolve(rotation.start().plusWeeks(n));
        };
    }

    /** The turn under way at {@code instant}, which must not be before the start. */
    long turnAt(Instant instant) {
        long calendarDays = ChronoUnit.DAYS.between(rotation.start().toLocalDate(), instant.atZone(zone).toLocalDate());
        long turn = switch (rotation.kind()) {
            case HOURLY -> Duration.between(start, instant).dividedBy(Duration.ofHours(1));
            case CUSTOM -> Duration.between(start, instant).dividedBy(rotation.customLength());
            case DAILY -> calendarDays;
            case WEEKLY -> Math.floorDiv(calendarDays, 7);
        };
        // The guess from the local date is off by one when today's hand-off is still to come (or a
        // daylight-saving gap moved it); stepping settles on the last hand-off at or before the instant.
        while (turn > 0 && handOff(turn).isAfter(instant)) {
            turn--;
        }
        while (!handOff(turn + 1).isAfter(instant)) {
            turn++;
        }
        return turn;
    }

    Optional<String> participantAt(Instant instant) {
        List<String> participants = rotation.participants();
        if (participants.isEmpty() || instant.isBefore(start)) {
            return Optional.empty();
        }
        return Optional.of(participants.get((int) Math.floorMod(turnAt(instant), participants.size())));
    }

    Instant nextHandOffAfter(Instant instant) {
        return instant.isBefore(start) ? start : handOff(turnAt(instant) + 1);
    }

    /** Null before the start. */
    Instant lastHandOffAtOrBefore(Instant instant) {
        return instant.isBefore(start) ? null : handOff(turnAt(instant));
    }

    /**
     * An upper bound on one turn's length. A wall-clock day or week stretches by a time-zone
     * transition, which is at most a day (Samoa skipped 30 December 2011).
     */
    Duration longestTurn() {
        return switch (rotation.kind()) {
            case HOURLY -> Duration.ofHours(1);
            case CUSTOM -> rotation.customLength();
            case DAILY -> Duration.ofDays(2);
            case WEEKLY -> Duration.ofDays(8);
        };
    }

    int participantCount() {
        return rotation.participants().size();
    }

    /**
     * A local time missing on a spring-forward day moves forward by the gap; an ambiguous one on
     * a fall-back day takes the earlier offset, the first time the clock shows it.
     */
    private Instant resolve(LocalDateTime local) {
        return ZonedDateTime.of(local, zone).toInstant();
    }
}
