package dev.tocsin.oncall;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Participants taking turns, in order, from the first hand-off on: turn n belongs to
 * {@code participants.get(n % participants.size())}. Before the first hand-off, and with no
 * participants, nobody is on call.
 *
 * @param customLength the length of a turn; only for {@link RotationKind#CUSTOM}, null otherwise
 * @param start the first hand-off, a wall-clock time in the schedule's time zone
 * @param participants usernames, in order; the same name may appear more than once
 */
public record Rotation(RotationKind kind, Duration customLength, LocalDateTime start, List<String> participants) {

    /**
     * As short as an HOURLY turn. Shorter turns describe a mistake (PT1M written for a month), and
     * every calendar feed download computes them: a one-minute rotation made a year's feed half a
     * million events (77 MB, gigabytes of heap), and its schedule page 20,160 bars a fortnight.
     */
    public static final Duration SHORTEST_CUSTOM_LENGTH = Duration.ofHours(1);

    /**
     * A year. Longer turns describe a mistake, and one near Duration's limit overflowed the span
     * the calculator walks (a turn times the participants), failing the on-call API for every schedule.
     */
    public static final Duration LONGEST_CUSTOM_LENGTH = Duration.ofDays(365);

    public Rotation {
        Objects.requireNonNull(kind, "A rotation needs a kind: HOURLY, DAILY, WEEKLY or CUSTOM.");
        Objects.requireNonNull(start, "A rotation needs a start: the local date and time of its first hand-off.");
        if (!ScheduleYears.contain(start)) {
            throw new IllegalArgumentException("A rotation's start must be " + ScheduleYears.range() + "; got "
                    + start + ".");
        }
        if (kind == RotationKind.CUSTOM) {
            if (customLength == null || customLength.compareTo(SHORTEST_CUSTOM_LENGTH) < 0) {
                throw new IllegalArgumentException("A CUSTOM rotation needs a customLength of at least "
                        + SHORTEST_CUSTOM_LENGTH + ", e.g. PT12H; got " + customLength + ".");
            }
            if (customLength.compareTo(LONGEST_CUSTOM_LENGTH) > 0) {
                throw new IllegalArgumentException("A CUSTOM rotation's customLength can be at most "
                        + LONGEST_CUSTOM_LENGTH.toDays() + " days (PT" + LONGEST_CUSTOM_LENGTH.toHours() + "H); got "
                        + customLength + ".");
            }
        } else if (customLength != null) {
            throw new IllegalArgumentException("customLength is only for CUSTOM rotations; a " + kind
                    + " rotation's turns have a fixed length. Leave it out, or make the rotation CUSTOM.");
        }
        participants = List.copyOf(Objects.requireNonNull(participants,
                "A rotation needs a participant list; an empty one means nobody is on call."));
        if (participants.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("A rotation's participants must be usernames; got a blank one in "
                    + participants + ".");
        }
    }

    public static Rotation hourly(LocalDateTime start, List<String> participants) {
        return new Rotation(RotationKind.HOURLY, null, start, participants);
    }

    public static Rotation daily(LocalDateTime start, List<String> participants) {
        return new Rotation(RotationKind.DAILY, null, start, participants);
    }

    public static Rotation weekly(LocalDateTime start, List<String> participants) {
        return new Rotation(RotationKind.WEEKLY, null, start, participants);
    }

    public static Rotation custom(Duration length, LocalDateTime start, List<String> participants) {
        return new Rotation(RotationKind.CUSTOM, length, start, participants);
    }
}
