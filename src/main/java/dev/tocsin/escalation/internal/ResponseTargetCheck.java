package dev.tocsin.escalation.internal;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.tocsin.incident.Incident;
import dev.tocsin.incident.Incidents;
import dev.tocsin.incident.SeverityPolicy;
import dev.tocsin.incident.timeline.NewEntry;
import dev.tocsin.incident.timeline.Timeline;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The response-target timer's work: when it fires and the incident was neither acknowledged nor
 * resolved by its target, the timeline records the miss. A timer that runs again after a crash
 * finds the entry and writes nothing.
 */
@Configuration(proxyBeanMethods = false)
class ResponseTargetCheck {

    /** The timer's name in db-scheduler's table; an instance per incident, named by its id. */
    static final TaskDescriptor<Void> TIMER = TaskDescriptor.of("response-target");
    static final String MISSED = "response_target_missed";
    static final String ACTOR = "tocsin:response-target";

    @Bean
    CustomTask<Void> responseTargetTask(Incidents incidents, SeverityPolicy severities, Timeline timeline,
            Clock clock, PlatformTransactionManager transactionManager) {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        return Tasks.custom(TIMER).execute((instance, context) -> transactions.execute(status -> check(
                UUID.fromString(instance.getId()), context.getExecution().executionTime, incidents, severities, timeline,
                clock)));
    }

    /**
     * Records the miss, unless the incident responded in time, or its target moved later than the
     * time this timer was set for (a new severity): then the timer waits for the new target.
     */
    private static CompletionHandler<Void> check(UUID incidentId, Instant setFor, Incidents incidents,
            SeverityPolicy severities, Timeline timeline, Clock clock) {
        Incident incident = incidents.find(incidentId.toString()).orElse(null);
        if (incident == null || responded(incident) || !timeline.entries(incidentId, MISSED).isEmpty()) {
            return new CompletionHandler.OnCompleteRemove<>();
        }
        Instant due = incident.responseDueAt();
        if (due.isAfter(setFor)) {
            return (complete, operations) -> operations.reschedule(complete, due);
        }
        // "within 15 minutes", "by the next business day": the target as the severity policy words it
        String target = severities.require(incident.organization(), incident.severity()).responseTime().phrase();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("severity", incident.severity());
        details.put("responseDueAt", due.toString());
        timeline.append(incidentId, clock.instant().truncatedTo(ChronoUnit.MICROS), ACTOR, new NewEntry(MISSED,
                "Response target missed: " + incident.severity() + " not acknowledged " + target + " (due " + due + ")", null, details));
        return new CompletionHandler.OnCompleteRemove<>();
    }

    /** Acknowledged or resolved by its target: then nobody missed it. */
    private static boolean responded(Incident incident) {
        Instant respondedAt = earliest(incident.acknowledgedAt(), incident.resolvedAt());
        return respondedAt != null && !respondedAt.isAfter(incident.responseDueAt());
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isBefore(b) ? a : b;
    }
}
