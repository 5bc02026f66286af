package dev.tocsin.alert.internal;

import dev.tocsin.alert.Alert;
import dev.tocsin.alert.AlertStatus;
import dev.tocsin.alert.IncomingAlert;
import dev.tocsin.alert.IngestResult;
import dev.tocsin.alert.IngestResult.Outcome;
import dev.tocsin.alert.Integration;
import dev.tocsin.alert.Silences;
import dev.tocsin.alert.internal.AlertRepository.Group;
import dev.tocsin.incident.DeclareIncident;
import dev.tocsin.incident.DetectionSource;
import dev.tocsin.incident.Incident;
import dev.tocsin.incident.IncidentChange;
import dev.tocsin.incident.IncidentStatus;
import dev.tocsin.incident.Incidents;
import dev.tocsin.incident.timeline.NewEntry;
import dev.tocsin.incident.timeline.Timeline;
import dev.tocsin.platform.Text;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records checked alert events within the caller's transaction: dedup, silences, grouping into
 * incidents, acknowledge and resolve. The ingest writer calls it for a batch of requests at once;
 * heartbeats call it inside their own transaction.
 */
@Component
public class AlertRecorder {

    private final AlertRepository alerts;
    private final Silences silences;
    private final Incidents incidents;
    private final Timeline timeline;
    private final Clock clock;

    AlertRecorder(AlertRepository alerts, Silences silences, Incidents incidents, Timeline timeline, Clock clock) {
        this.alerts = alerts;
        this.silences = silences;
        this.incidents = incidents;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** One request's events, all stamped with one time; {@link AlertChecks} passed them before. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<IngestResult> record(Integration integration, List<IncomingAlert> events) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return events.stream().map(event -> one(integration, event, now)).toList();
    }

    private IngestResult one(Integration integration, IncomingAlert event, Instant now) {
        return switch (event.action()) {
            case FIRING -> fire(integration, event, now);
            case ACKNOWLEDGED -> acknowledge(integration, event);
            case RESOLVED -> resolve(integration, event, now);
        };
    }

    private IngestResult fire(Integration integration, IncomingAlert event, Instant now) {
        String severity = integration.severityMapping().severityFor(event.severity());
        var repeat = alerts.repeat(integration.id(), event.dedupKey(), now, severity, event.summary(), event.labels(),
                event.annotations());
        if (repeat.isPresent()) {
            return deduplicated(event, repeat.get());
        }
        Alert fresh = new Alert(UUID.randomUUID(), integration.id(), event.dedupKey(), event.source(),
                AlertStatus.FIRING, severity, event.summary(), event.labels(), event.annotations(),
                integration.groupKey(event.labels()), 1, now, now, null, null, null);
        if (alerts.insertIfAbsent(fresh)) {
            return route(integration, fresh, fresh.id(), now);
        }
        // It exists: resolved earlier, or inserted by a concurrent request a moment ago.
        Alert known = alerts.lock(integration.id(), event.dedupKey()).orElseThrow();
        if (known.firing()) {
            return deduplicated(event, alerts.repeat(integration.id(), event.dedupKey(), now, severity,
                    event.summary(), event.labels(), event.annotations()).orElseThrow());
        }
        alerts.fired(known.id(), now, severity, event.summary(), event.labels(), event.annotations());
        return route(integration, fresh, known.id(), now);
    }

    private static IngestResult deduplicated(IncomingAlert event, AlertRepository.Repeat repeat) {
        return new IngestResult(event.dedupKey(), repeat.silenced() ? Outcome.SILENCED : Outcome.DEDUPLICATED,
                repeat.incidentNumber() == null ? null : Incident.PREFIX + repeat.incidentNumber());
    }

    /** A new or re-fired alert: silenced, joined to its group's open incident, or a new incident. */
    private IngestResult route(Integration integration, Alert alert, UUID alertId, Instant now) {
        var silence = silences.matching(integration.service(), alert.labels(), now);
        if (silence.isPresent()) {
            alerts.routed(alertId, null, silence.get().id());
            return new IngestResult(alert.dedupKey(), Outcome.SILENCED, null);
        }
        String actor = actor(integration);
        Group group = alerts.lockGroup(integration.id(), alert.groupKey());
        Optional<Incident> open = Optional.ofNullable(group.incidentId())
                .filter(id -> integration.groupWindow() == null
                        || !group.lastAlertAt().isBefore(now.minus(integration.groupWindow())))
                .flatMap(id -> incidents.find(id.toString()))
                .filter(incident -> incident.status().open());
        Incident incident = open.orElseGet(() -> incidents.declare(new DeclareIncident(
                Text.shorten(alert.summary(), Incidents.TITLE_MAX), alert.severity(), List.of(integration.service()),
                null, DetectionSource.ALERT, false, null, description(alert), now), actor));
        alerts.routed(alertId, incident.id(), null);
        alerts.updateGroup(integration.id(), alert.groupKey(), incident.id(), now);
        timeline.append(incident.id(), now, actor, new NewEntry("alert_fired",
                "Alert " + alert.severity() + " from " + alert.source() + ": " + alert.summary(), null,
                details(alert)));
        return new IngestResult(alert.dedupKey(), open.isPresent() ? Outcome.JOINED : Outcome.OPENED,
                incident.reference());
    }

    private IngestResult acknowledge(Integration integration, IncomingAlert event) {
        Optional<Alert> known = alerts.lock(integration.id(), event.dedupKey()).filter(Alert::firing);
        Optional<Incident> incident = known.map(Alert::incidentId).flatMap(id -> incidents.find(id.toString()));
        if (incident.isEmpty()) {
            return new IngestResult(event.dedupKey(), Outcome.IGNORED, null);
        }
        if (incident.get().status() == IncidentStatus.TRIGGERED) {
            incidents.change(incident.get().reference(),
                    new IncidentChange(IncidentStatus.ACKNOWLEDGED, null, null, null, null), actor(integration));
        }
        return new IngestResult(event.dedupKey(), Outcome.ACKNOWLEDGED, incident.get().reference());
    }

    private IngestResult resolve(Integration integration, IncomingAlert event, Instant now) {
        Optional<Alert> known = alerts.lock(integration.id(), event.dedupKey()).filter(Alert::firing);
        if (known.isEmpty()) {
            return new IngestResult(event.dedupKey(), Outcome.IGNORED, null);
        }
        Alert alert = known.get();
        alerts.resolved(alert.id(), now);
        if (alert.incidentId() == null) {
            return new IngestResult(event.dedupKey(), Outcome.RESOLVED, null);
        }
        String actor = actor(integration);
        timeline.append(alert.incidentId(), now, actor, new NewEntry("alert_resolved",
                "Alert resolved by " + alert.source() + ": " + alert.summary(), "firing", "resolved"));
        Incident incident = incidents.find(alert.incidentId().toString()).orElseThrow();
        if (integration.autoResolve() && incident.status().open() && alerts.firingFor(incident.id()) == 0) {
            incidents.change(incident.reference(), new IncidentChange(IncidentStatus.RESOLVED, null, null, null, null),
                    actor);
        }
        return new IngestResult(event.dedupKey(), Outcome.RESOLVED, incident.reference());
    }

    private static String description(Alert alert) {
        String text = alert.annotations().getOrDefault("description", alert.annotations().get("summary"));
        return text == null ? null : Text.shorten(Text.clean(text), Incidents.SUMMARY_MAX);
    }

    private static Map<String, Object> details(Alert alert) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("dedupKey", alert.dedupKey());
        details.put("severity", alert.severity());
        details.put("labels", alert.labels());
        return details;
    }

    private static String actor(Integration integration) {
        return "integration:" + integration.name();
    }
}
