package dev.tocsin.escalation.internal.web;

import dev.tocsin.escalation.Trigger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A trigger as a sentence a responder reads at a glance: "P1 or P2 unresolved for 30 min",
 * "customer impact", "every incident, at once". Conditions read after the severities when there
 * are some ("P1 with customer impact"), on their own otherwise.
 */
final class TriggerWords {

    private TriggerWords() {
    }

    static String describe(Trigger trigger) {
        String severities = severities(trigger.severities().stream().sorted().toList());
        boolean subject = !severities.isEmpty();
        List<String> conditions = new ArrayList<>();
        if (trigger.unacknowledgedFor() != null) {
            conditions.add("unacknowledged for " + duration(trigger.unacknowledgedFor()));
        }
        if (trigger.unresolvedFor() != null) {
            conditions.add("unresolved for " + duration(trigger.unresolvedFor()));
        }
        if (trigger.responseTargetMissed()) {
            conditions.add(subject ? "with its response target missed" : "response target missed");
        }
        if (trigger.customerImpact()) {
            conditions.add(subject ? "with customer impact" : "customer impact");
        }
        if (trigger.externalServiceAffected()) {
            conditions.add(subject ? "with an external service affected" : "an external service affected");
        }
        if (conditions.isEmpty()) {
            return subject ? severities + ", at once" : "every incident, at once";
        }
        return (subject ? severities + " " : "") + String.join(" and ", conditions);
    }

    /** "P1", "P1 or P2", "P1, P2 or P3". */
    private static String severities(List<String> codes) {
        if (codes.size() < 2) {
            return String.join("", codes);
        }
        return String.join(", ", codes.subList(0, codes.size() - 1)) + " or " + codes.getLast();
    }

    /** "30 min", "1 h", "1 h 30 min", "2 days": as policies are written, in whole minutes. */
    static String duration(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes % (24 * 60) == 0) {
            long days = minutes / (24 * 60);
            return days + (days == 1 ? " day" : " days");
        }
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
}
