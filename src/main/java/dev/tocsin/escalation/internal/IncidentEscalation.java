package dev.tocsin.escalation.internal;

import dev.tocsin.catalog.Catalog;
import dev.tocsin.catalog.Service;
import dev.tocsin.escalation.EscalationPlanner;
import dev.tocsin.escalation.EscalationPolicies;
import dev.tocsin.escalation.EscalationPolicy;
import dev.tocsin.escalation.IncidentFacts;
import dev.tocsin.incident.Incident;
import dev.tocsin.incident.timeline.Timeline;
import dev.tocsin.incident.timeline.TimelineEntry;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the escalation timer reads of an incident: its policy (that of the first of its services
 * that has one), its facts for the planner, and the levels its timeline says were reached.
 */
@Component
class IncidentEscalation {

    static final String ESCALATED = "escalated";

    private final EscalationPolicies policies;
    private final Catalog catalog;
    private final Timeline timeline;
    private final JsonMapper json;
    private final EscalationPlanner planner = new EscalationPlanner();

    IncidentEscalation(EscalationPolicies policies, Catalog catalog, Timeline timeline, JsonMapper json) {
        this.policies = policies;
        this.catalog = catalog;
        this.timeline = timeline;
        this.json = json;
    }

    EscalationPlanner planner() {
        return planner;
    }

    Optional<EscalationPolicy> policy(Incident incident) {
        return incident.services().stream().map(policies::forService).flatMap(Optional::stream).findFirst();
    }

    IncidentFacts facts(Incident incident) {
        Set<String> external = incident.services().stream().map(catalog::service).flatMap(Optional::stream)
                .filter(Service::external).map(Service::slug).collect(Collectors.toSet());
        return new IncidentFacts(incident.severity(), incident.detectedAt(), incident.responseDueAt(),
                incident.acknowledgedAt(), incident.resolvedAt(), incident.customerImpact(), external);
    }

    /** The names of the levels recorded as reached ({@code escalated} entries). */
    Set<String> reached(UUID incidentId) {
        return timeline.entries(incidentId, ESCALATED).stream()
                .map(TimelineEntry::after).map(after -> json.readTree(after).path("level").asString())
                .collect(Collectors.toSet());
    }

    /**
     * The levels reached, read under the timeline's lock, for a caller about to reach more: a
     * timer and a manual escalation at the same moment then cannot both reach the same level.
     */
    Set<String> reachedForUpdate(UUID incidentId) {
        timeline.lock(incidentId);
        return reached(incidentId);
    }

    /** When the timer should fire next for this incident as it stands; empty when no level will fall due. */
    Optional<Instant> nextDue(Incident incident) {
        return policy(incident).flatMap(policy -> planner.nextDue(policy, facts(incident), reached(incident.id())));
    }
}
