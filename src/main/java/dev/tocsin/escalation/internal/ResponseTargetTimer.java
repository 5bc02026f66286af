package dev.tocsin.escalation.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import dev.tocsin.incident.IncidentDeclared;
import dev.tocsin.incident.IncidentSeverityChanged;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sets a durable timer for every incident's response target, in the transaction that declares
 * the incident, so the target is watched even if this node stops a moment later: any node
 * fires it, once. A new severity moves the timer to the new target.
 */
@Component
class ResponseTargetTimer {

    private static final Logger log = LoggerFactory.getLogger(ResponseTargetTimer.class);

    private final SchedulerClient scheduler;

    /** db-scheduler can be switched off (db-scheduler.enabled=false): then no target is watched. */
    ResponseTargetTimer(ObjectProvider<SchedulerClient> scheduler) {
        this.scheduler = scheduler.getIfAvailable();
        if (this.scheduler == null) {
            log.warn("db-scheduler is disabled: response targets are not watched");
        }
    }

    @EventListener
    void on(IncidentDeclared declared) {
        if (scheduler == null) {
            return;
        }
        IncidentTimers.setForNewIncident(scheduler, ResponseTargetCheck.TIMER, declared.incidentId(),
                declared.responseDueAt());
    }

    @EventListener
    void on(IncidentSeverityChanged changed) {
        if (scheduler == null) {
            return;
        }
        IncidentTimers.setOrMove(scheduler, ResponseTargetCheck.TIMER, changed.incidentId(),
                Optional.of(changed.responseDueAt()));
    }
}
