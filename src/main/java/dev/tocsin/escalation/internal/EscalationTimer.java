package dev.tocsin.escalation.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import dev.tocsin.incident.IncidentCustomerImpactChanged;
import dev.tocsin.incident.IncidentDeclared;
import dev.tocsin.incident.IncidentSeverityChanged;
import dev.tocsin.incident.IncidentStatusChanged;
import dev.tocsin.incident.Incidents;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps one durable timer per incident at the moment its next escalation level falls due, set
 * in the transaction that declares or changes the incident, so any node fires it even if this
 * one stops. A new status, severity or customer impact moves it, or cancels it when no level
 * will fall due.
 */
@Component
class EscalationTimer {

    private static final Logger log = LoggerFactory.getLogger(EscalationTimer.class);

    private final SchedulerClient scheduler;
    private final Incidents incidents;
    private final IncidentEscalation escalation;

    /** db-scheduler can be switched off (db-scheduler.enabled=false): then levels do not fire. */
    EscalationTimer(ObjectProvider<SchedulerClient> scheduler, Incidents incidents, IncidentEscalation escalation) {
        this.scheduler = scheduler.getIfAvailable();
        this.incidents = incidents;
        this.escalation = escalation;
        if (this.scheduler == null) {
            log.warn("db-scheduler is disabled: escalation levels do not fire");
        }
    }

    @EventListener
    void on(IncidentDeclared declared) {
        if (scheduler == null) {
            return;
        }
        nextDue(declared.incidentId()).ifPresent(due -> scheduler.scheduleIfNotExists(
                EscalationCheck.TIMER.instance(declared.incidentId().toString()).build(), due));
    }

    @EventListener
    void on(IncidentStatusChanged changed) {
        move(changed.incidentId());
    }

    @EventListener
    void on(IncidentSeverityChanged changed) {
        move(changed.incidentId());
    }

    @EventListener
    void on(IncidentCustomerImpactChanged changed) {
        move(changed.incidentId());
    }

    /** Moves the timer to the next level's time for the incident as it stands (in the caller's transaction). */
    void move(UUID incidentId) {
        if (scheduler == null) {
            return;
        }
        IncidentTimers.setOrMove(scheduler, EscalationCheck.TIMER, incidentId, nextDue(incidentId));
    }

    private Optional<Instant> nextDue(UUID incidentId) {
        return incidents.find(incidentId.toString()).flatMap(escalation::nextDue);
    }
}
