package dev.tocsin.platform;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/**
 * Events for listeners that run after the commit (Slack's incident channel, say) are stored until
 * the listener completes. One that failed, say because Slack answered 503, stays incomplete; Spring
 * Modulith sends it again only when asked. A recurring db-scheduler task asks, on one node at a
 * time (two nodes resubmitting together would post twice): every {@code tocsin.events.resubmit-every}
 * (30 s), each failed event older than that is delivered again, waiting twice as long after each
 * failed resubmission, up to 10 minutes, for as long as it keeps failing.
 */
@Configuration(proxyBeanMethods = false)
class EventResubmission {

    private static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

    @Bean
    RecurringTask<Void> eventResubmissionTask(IncompleteEventPublications incomplete, Clock clock,
            @Value("${tocsin.events.resubmit-every:30s}") Duration every) {
        return Tasks.recurring("event-resubmission", FixedDelay.of(every))
                .execute((instance, context) -> incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults()
                        .withMinAge(every).withFilter(publication -> due(publication, every, clock.instant()))));
    }

    /** Due when never resubmitted, or when its wait since the last resubmission (doubling) is over. */
    static boolean due(EventPublication publication, Duration every, Instant now) {
        Instant last = publication.getLastResubmissionDate();
        if (last == null) {
            return true;
        }
        int doublings = Math.min(Math.max(publication.getCompletionAttempts() - 1, 0), 20);
        Duration wait = every.multipliedBy(1L << doublings);
        return !now.isBefore(last.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait));
    }
}
