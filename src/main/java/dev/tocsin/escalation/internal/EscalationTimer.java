package dev.tocsin.escalation.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import dev.tocsin.escalation.IncidentFacts;
import dev.tocsin.incident.IncidentCustomerImpactChanged;
import dev.tocsin.incident.IncidentDeclared;
import dev.tocsin.incident.IncidentSeverityChanged;
import dev.tocsin.incident.IncidentStatusChanged;
import dev.tocsin.incident.Incidents;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
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
 * will fall due. Levels already due then (level 1 for every incident, customer impact) are reached
 * in that same transaction rather than by the timer: a poll would add up to one polling interval
 * before anyone is paged.
 */
@Component
class EscalationTimer {

    private static final Logger log = LoggerFactory.getLogger(EscalationTimer.class);

    private final SchedulerClient scheduler;
    private final Incidents incidents;
    private final IncidentEscalation escalation;
    private final LevelsReached levels;
    private final Clock clock;

    /** db-scheduler can be switched off (db-scheduler.enabled=false): then levels do not fire. */
    EscalationTimer(ObjectProvider<SchedulerClient> scheduler, Incidents incidents, IncidentEscalation escalation,
            LevelsReached levels, Clock clock) {
        this.scheduler = scheduler.getIfAvailable();
        this.incidents = incidents;
        this.escalation = escalation;
        this.levels = levels;
        this.clock = clock;
        if (this.scheduler == null) {
            log.warn("db-scheduler is disabled: escalation levels do not fire");
        }
    }

    @EventListener
    void on(IncidentDeclared declared) {
        settle(declared.incidentId(), true);
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

    /**
     * Reaches the levels already due, then sets or moves the timer to the next level's time for the
     * incident as it stands, or cancels it (all in the caller's transaction).
     */
    void move(UUID incidentId) {
        settle(incidentId, false);
    }

    /**
     * The policy and facts are read once: this runs in every declaring transaction, alerts' included.
     * A new incident has no timer yet, so it is set without first trying to move one.
     */
    private void settle(UUID incidentId, boolean fresh) {
        if (scheduler == null) {
            return;
        }
        Optional<Instant> next = incidents.find(incidentId.toString()).flatMap(incident ->
                escalation.policy(incident).flatMap(policy -> {
                    IncidentFacts facts = escalation.facts(incident);
                    Set<String> reached = levels.reachDue(incident, policy, facts, clock.instant(), fresh);
                    return escalation.planner().nextDue(policy, facts, reached);
                }));
        if (fresh) {
            next.ifPresent(due -> IncidentTimers.setForNewIncident(scheduler, EscalationCheck.TIMER, incidentId, due));
        } else {
            IncidentTimers.setOrMove(scheduler, EscalationCheck.TIMER, incidentId, next);
        }
    }
}
