package dev.tocsin.escalation;

import java.time.Instant;
import java.util.Set;

/**
 * What escalation needs to know of an incident. {@code acknowledgedAt} and {@code resolvedAt}
 * are null until they happen; {@code externalServices} are the affected services run by vendors.
 */
public record IncidentFacts(String severity, Instant declaredAt, Instant responseDueAt, Instant acknowledgedAt,
        Instant resolvedAt, boolean customerImpact, Set<String> externalServices) {

    public IncidentFacts {
        externalServices = Set.copyOf(externalServices);
    }
}
