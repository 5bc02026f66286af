package dev.tocsin.escalation.internal.web;

import java.time.Instant;
import java.util.List;

/**
 * Where an incident's escalation stands, as its page shows it. {@code policyName} is null when no
 * policy covers the incident's services; {@code next} is null when no level will fall due by
 * itself; {@code escalateTo} is the level "Escalate now" would reach, null when there is none
 * (every level reached, or the incident resolved).
 */
record EscalationCard(String reference, String policySlug, String policyName, List<ReachedLevel> reached,
        NextLevel next, String escalateTo) {

    static EscalationCard noPolicy(String reference) {
        return new EscalationCard(reference, null, null, List.of(), null, null);
    }

    public boolean hasPolicy() {
        return policyName != null;
    }

    /** {@code people} as display names, or as the text a vendor contact was resolved to. */
    record ReachedLevel(String level, Instant at, List<String> people, String actor, boolean manual) {
    }

    record NextLevel(String level, Instant dueAt) {
    }
}
