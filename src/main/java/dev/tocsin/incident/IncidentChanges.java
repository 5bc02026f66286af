package dev.tocsin.incident;

import dev.tocsin.catalog.Catalog;
import dev.tocsin.identity.People;
import dev.tocsin.incident.internal.IncidentRepository;
import dev.tocsin.incident.timeline.NewEntry;
import dev.tocsin.incident.timeline.Timeline;
import dev.tocsin.platform.Problem;
import dev.tocsin.platform.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Applies a partial update to a locked incident: checks every field first, so a bad field
 * leaves nothing half-changed, then writes one timeline entry per field that really changed.
 */
@Component
class IncidentChanges {

    private final IncidentRepository repository;
    private final SeverityPolicy severities;
    private final Catalog catalog;
    private final People people;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;

    IncidentChanges(IncidentRepository repository, SeverityPolicy severities, Catalog catalog, People people,
            Timeline timeline, ApplicationEventPublisher events) {
        this.repository = repository;
        this.severities = severities;
        this.catalog = catalog;
        this.people = people;
        this.timeline = timeline;
        this.events = events;
    }

    Incident apply(Incident current, IncidentChange change, String actor, Instant now) {
        IncidentStatus status = change.status() == null ? current.status() : change.status();
        String severityCode = change.severity() == null ? current.severity() : change.severity();
        String commander = change.commander() == null ? current.commander() : change.commander();
        boolean customerImpact = change.customerImpact() == null ? current.customerImpact() : change.customerImpact();
        String impact = change.impact() == null ? current.impact()
                : Text.optional("impact", change.impact(), Incidents.IMPACT_MAX);
        boolean changes = status != current.status() || !severityCode.equals(current.severity())
                || !Objects.equals(commander, current.commander()) || customerImpact != current.customerImpact()
                || !Objects.equals(impact, current.impact());
        if (!changes) {
            return current;
        }
        if (current.status() == IncidentStatus.CLOSED) {
            throw Problem.conflict("incident-closed", "Incident closed",
                    current.reference() + " is closed and can no longer change; add a note instead.",
                    Map.of("currentStatus", current.status().wire()));
        }
        if (status != current.status() && !current.status().canMoveTo(status)) {
            throw Problem.conflict("illegal-transition", "Illegal status change",
                    "Cannot move " + current.reference() + " from " + current.status() + " to " + status
                            + "; allowed next: " + current.status().next() + ".",
                    Map.of("from", current.status().wire(), "to", status.wire(),
                            "allowed", current.status().next().stream().map(IncidentStatus::wire).toList()));
        }
        if (!Objects.equals(commander, current.commander())) {
            requireCommander(commander, current.organization());
        }
        // Only a new severity is looked up: one dropped from the policy later must not freeze old incidents.
        Instant responseDueAt = severityCode.equals(current.severity()) ? current.responseDueAt()
                : severities.require(current.organization(), severityCode).responseTime().dueAfter(
                        current.detectedAt(), catalog.organization(current.organization()).orElseThrow());
        Incident updated = new Incident(current.id(), current.number(), current.organization(), current.title(),
                current.summary(), severityCode, status, current.detectionSource(), customerImpact, impact,
                commander, current.services(), current.detectedAt(), responseDueAt,
                current.acknowledgedAt() == null && status != IncidentStatus.TRIGGERED ? now : current.acknowledgedAt(),
                status == IncidentStatus.RESOLVED && status != current.status() ? now
                        : status.open() ? null : current.resolvedAt(),
                status == IncidentStatus.CLOSED ? now : null,
                current.createdBy(), now);
        repository.update(updated);
        record(current, updated, actor);
        return updated;
    }

    /** The commander is someone of the incident's organization, or an administrator of no organization. */
    private void requireCommander(String username, String organization) {
        var person = people.person(username).orElseThrow(() -> Problem.invalid("commander",
                "Unknown person '" + username + "'; name a username from the people list."));
        if (person.organization() != null && !person.organization().equals(organization)) {
            throw Problem.invalid("commander", username + " belongs to " + person.organization()
                    + ", not to " + organization + "; choose someone of " + organization + ".");
        }
    }

    private void record(Incident before, Incident after, String actor) {
        List<NewEntry> entries = new ArrayList<>();
        if (before.status() != after.status()) {
            entries.add(new NewEntry("status_changed", "Status " + before.status() + " → " + after.status(),
                    before.status(), after.status()));
            events.publishEvent(new IncidentStatusChanged(after.id(), before.status(), after.status(), actor,
                    after.updatedAt()));
        }
        if (!before.severity().equals(after.severity())) {
            entries.add(new NewEntry("severity_changed", "Severity " + before.severity() + " → " + after.severity()
                    + "; response due " + after.responseDueAt(), before.severity(), after.severity()));
            events.publishEvent(new IncidentSeverityChanged(after.id(), before.severity(), after.severity(),
                    after.responseDueAt()));
        }
        if (!Objects.equals(before.commander(), after.commander())) {
            entries.add(new NewEntry("commander_assigned", "Incident commander: " + after.commander(),
                    before.commander(), after.commander()));
        }
        if (before.customerImpact() != after.customerImpact()) {
            entries.add(new NewEntry("customer_impact_changed",
                    after.customerImpact() ? "Customers are impacted" : "Customers are not impacted",
                    before.customerImpact(), after.customerImpact()));
            events.publishEvent(new IncidentCustomerImpactChanged(after.id(), after.customerImpact()));
        }
        if (!Objects.equals(before.impact(), after.impact())) {
            entries.add(new NewEntry("impact_changed", "Impact: " + after.impact(), before.impact(), after.impact()));
        }
        timeline.append(after.id(), after.updatedAt(), actor, entries);
    }
}
