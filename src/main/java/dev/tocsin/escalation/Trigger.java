package dev.tocsin.escalation;

import java.time.Duration;
import java.util.Set;

/**
 * When a level falls due. Every part given must hold: the incident's severity is one of
 * {@code severities} (empty: any); it is still unacknowledged {@code unacknowledgedFor} after it
 * was declared, and still unresolved {@code unresolvedFor} after; its response target passed
 * without acknowledgment; customers are impacted; an external service is affected.
 */
public record Trigger(Set<String> severities, Duration unacknowledgedFor, Duration unresolvedFor,
        boolean responseTargetMissed, boolean customerImpact, boolean externalServiceAffected) {

    /**
     * A wait longer than this describes a mistake; a far longer one would overflow the instant the
     * level falls due, and every incident on the policy's services would then fail to be declared.
     */
    public static final Duration LONGEST_WAIT = Duration.ofDays(365);

    public Trigger {
        severities = Set.copyOf(severities);
        if (isNegative(unacknowledgedFor) || isNegative(unresolvedFor)) {
            throw new IllegalArgumentException("Trigger durations cannot be negative.");
        }
        if (isTooLong(unacknowledgedFor) || isTooLong(unresolvedFor)) {
            throw new IllegalArgumentException("Trigger durations can be at most " + LONGEST_WAIT.toDays()
                    + " days (P" + LONGEST_WAIT.toDays() + "D); got " + unacknowledgedFor + " and " + unresolvedFor
                    + ".");
        }
    }

    /** Every incident, at once (the seed's L1: "All incidents"). */
    public static Trigger always() {
        return new Trigger(Set.of(), null, null, false, false, false);
    }

    public static Trigger afterUnresolved(Duration after, String... severities) {
        return new Trigger(Set.of(severities), null, after, false, false, false);
    }

    public static Trigger afterUnacknowledged(Duration after, String... severities) {
        return new Trigger(Set.of(severities), after, null, false, false, false);
    }

    public static Trigger onResponseTargetMissed(String... severities) {
        return new Trigger(Set.of(severities), null, null, true, false, false);
    }

    public static Trigger onCustomerImpact() {
        return new Trigger(Set.of(), null, null, false, true, false);
    }

    public static Trigger onExternalServiceAffected() {
        return new Trigger(Set.of(), null, null, false, false, true);
    }

    /** Whether it waits for an acknowledgment that, once given, stops it for good. */
    boolean waitsOnAcknowledgment() {
        return unacknowledgedFor != null || responseTargetMissed;
    }

    private static boolean isNegative(Duration duration) {
        return duration != null && duration.isNegative();
    }

    private static boolean isTooLong(Duration duration) {
        return duration != null && duration.compareTo(LONGEST_WAIT) > 0;
    }
}
