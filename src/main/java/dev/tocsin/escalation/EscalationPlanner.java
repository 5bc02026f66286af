package dev.tocsin.escalation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which levels of a policy are due for an incident, and when the next one will be: pure code,
 * so timers can be planned and tested without waiting. Resolving stops every level; acknowledging
 * stops the triggers that wait on acknowledgment, while triggers on resolution, customer impact
 * or external services still hold. Each level is reached at most once per incident.
 */
public final class EscalationPlanner {

    /** When the level falls due for these facts, as they stand; empty when it never will. */
    public Optional<Instant> dueAt(EscalationLevel level, IncidentFacts facts) {
        if (facts.resolvedAt() != null) {
            return Optional.empty();
        }
        return level.triggers().stream().map(trigger -> dueAt(trigger, facts)).flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }

    /** The levels due at {@code now} and not reached yet, in the policy's order. */
    public List<EscalationLevel> dueBy(EscalationPolicy policy, IncidentFacts facts, Instant now, Set<String> reached) {
        return policy.levels().stream().filter(level -> !reached.contains(level.name()))
                .filter(level -> dueAt(level, facts).filter(due -> !due.isAfter(now)).isPresent()).toList();
    }

    /** When the next level not reached yet falls due, if any will: the moment to set a timer for. */
    public Optional<Instant> nextDue(EscalationPolicy policy, IncidentFacts facts, Set<String> reached) {
        return policy.levels().stream().filter(level -> !reached.contains(level.name()))
                .map(level -> dueAt(level, facts)).flatMap(Optional::stream).min(Comparator.naturalOrder());
    }

    private static Optional<Instant> dueAt(Trigger trigger, IncidentFacts facts) {
        if (!trigger.severities().isEmpty() && !trigger.severities().contains(facts.severity())) {
            return Optional.empty();
        }
        if ((trigger.customerImpact() && !facts.customerImpact())
                || (trigger.externalServiceAffected() && facts.externalServices().isEmpty())) {
            return Optional.empty();
        }
        Instant due = facts.declaredAt();
        if (trigger.unresolvedFor() != null) {
            due = latest(due, facts.declaredAt().plus(trigger.unresolvedFor()));
        }
        if (trigger.unacknowledgedFor() != null) {
            due = latest(due, facts.declaredAt().plus(trigger.unacknowledgedFor()));
        }
        if (trigger.responseTargetMissed()) {
            due = latest(due, facts.responseDueAt());
        }
        if (trigger.waitsOnAcknowledgment() && facts.acknowledgedAt() != null && !facts.acknowledgedAt().isAfter(due)) {
            return Optional.empty();
        }
        return Optional.of(due);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
