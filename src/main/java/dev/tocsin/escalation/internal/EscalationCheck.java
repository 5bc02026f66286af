package dev.tocsin.escalation.internal;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.tocsin.escalation.EscalationLevel;
import dev.tocsin.escalation.EscalationLevelReached;
import dev.tocsin.escalation.EscalationPolicy;
import dev.tocsin.incident.Incident;
import dev.tocsin.incident.Incidents;
import dev.tocsin.incident.timeline.NewEntry;
import dev.tocsin.incident.timeline.Timeline;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The escalation timer's work: in one transaction, every level due by the time it was set for
 * and not reached yet is resolved to people as of now, recorded in the timeline ({@code escalated})
 * and announced ({@link EscalationLevelReached}). Then the timer moves to the next level's time,
 * read afresh, or goes. A timer that runs again after a crash finds the levels reached and skips them.
 */
@Configuration(proxyBeanMethods = false)
class EscalationCheck {

    /** The timer's name in db-scheduler's table; an instance per incident, named by its id. */
    static final TaskDescriptor<Void> TIMER = TaskDescriptor.of("escalation");
    static final String ACTOR = "tocsin:escalation";

    @Bean
    CustomTask<Void> escalationTask(Incidents incidents, IncidentEscalation escalation, EscalationTargets targets,
            Timeline timeline, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactionManager) {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        return Tasks.custom(TIMER).execute((instance, context) -> {
            UUID incidentId = UUID.fromString(instance.getId());
            Instant setFor = context.getExecution().executionTime;
            transactions.executeWithoutResult(status -> incidents.find(incidentId.toString()).ifPresent(
                    incident -> reach(incident, setFor, escalation, targets, timeline, events, clock)));
            // Read again after the commit: a change made while this ran may have moved the next time.
            Optional<Instant> next = transactions.execute(
                    status -> incidents.find(incidentId.toString()).flatMap(escalation::nextDue));
            if (next == null || next.isEmpty()) {
                return new CompletionHandler.OnCompleteRemove<>();
            }
            Instant at = next.get();
            return (complete, operations) -> operations.reschedule(complete, at);
        });
    }

    private static void reach(Incident incident, Instant setFor, IncidentEscalation escalation,
            EscalationTargets targets, Timeline timeline, ApplicationEventPublisher events, Clock clock) {
        Optional<EscalationPolicy> policy = escalation.policy(incident);
        if (policy.isEmpty()) {
            return;
        }
        Set<String> reached = escalation.reachedForUpdate(incident.id());
        List<EscalationLevel> due = escalation.planner().dueBy(policy.get(), escalation.facts(incident), setFor,
                reached);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (EscalationLevel level : due) {
            record(incident, level, now, ACTOR, false, targets, timeline, events);
        }
    }

    /**
     * Reaches one level: its targets resolved to people at {@code now}, one {@code escalated} timeline
     * entry written by {@code actor} (details say {@code "manual": true} when a person asked for it),
     * and {@link EscalationLevelReached}. The timer and the manual escalation both come here.
     */
    static List<String> record(Incident incident, EscalationLevel level, Instant now, String actor, boolean manual,
            EscalationTargets targets, Timeline timeline, ApplicationEventPublisher events) {
        List<String> people = targets.people(level, incident, now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("level", level.name());
        details.put("targets", level.targets().stream().map(EscalationTargets::describe).toList());
        details.put("people", people);
        if (manual) {
            details.put("manual", true);
        }
        String whom = people.isEmpty() ? "nobody (no one on call)" : String.join(", ", people);
        timeline.append(incident.id(), now, actor, new NewEntry(IncidentEscalation.ESCALATED,
                (manual ? "Escalated by hand to " : "Escalated to ") + level.name() + ": " + whom, null, details));
        events.publishEvent(new EscalationLevelReached(incident.id(), level.name(), people));
        return people;
    }
}
