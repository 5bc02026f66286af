package dev.tocsin.escalation;

import java.util.List;
import java.util.UUID;

/**
 * A level of an incident's policy fell due and was recorded in its timeline. {@code people} are
 * whom its targets named at that moment: usernames, and the support contact of each affected
 * external service as text. Empty when nobody was on call. Notifications page them.
 */
public record EscalationLevelReached(UUID incidentId, String level, List<String> people) {

    public EscalationLevelReached {
        people = List.copyOf(people);
    }
}
