package dev.tocsin.escalation.internal;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.tocsin.incident.Incidents;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The escalation timer's work: in one transaction, every level due by the time it was set for
 * and not reached yet is reached ({@link LevelsReached}). Then the timer moves to the next level's
 * time, read afresh, or goes. A timer that runs again after a crash finds the levels reached and
 * skips them.
 */
@Configuration(proxyBeanMethods = false)
class EscalationCheck {

    /** The timer's name in db-scheduler's table; an instance per incident, named by its id. */
    static final TaskDescriptor<Void> TIMER = TaskDescriptor.of("escalation");
    static final String ACTOR = "tocsin:escalation";

    @Bean
    CustomTask<Void> escalationTask(Incidents incidents, IncidentEscalation escalation, LevelsReached levels,
            PlatformTransactionManager transactionManager) {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        return Tasks.custom(TIMER).execute((instance, context) -> {
            UUID incidentId = UUID.fromString(instance.getId());
            Instant setFor = context.getExecution().executionTime;
            transactions.executeWithoutResult(status -> incidents.find(incidentId.toString())
                    .ifPresent(incident -> levels.reachDue(incident, setFor)));
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
}
