package dev.tocsin.notify.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.tocsin.platform.AfterCommit;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sends a delayed step, a retry or a held bundle at its due time rather than at the next sweep: a
 * one-time db-scheduler task per distinct due second ({@code notification-due}, named by that
 * second), so a thousand pages due together are one timer. It is set after the commit that wrote
 * the due time, never inside it: a clash with another node setting the same second must not roll
 * back a send that already left. Lost (a crash right after the commit), the sweep still finds the row.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryWakeUps {

    static final TaskDescriptor<Void> DUE = TaskDescriptor.of("notification-due");
    private static final Logger log = LoggerFactory.getLogger(DeliveryWakeUps.class);

    private final ObjectProvider<SchedulerClient> scheduler;

    DeliveryWakeUps(ObjectProvider<SchedulerClient> scheduler) {
        this.scheduler = scheduler;
    }

    @Bean
    OneTimeTask<Void> notificationDueTask(DeliveryWorker worker) {
        return Tasks.oneTime(DUE).execute((instance, context) -> worker.sendAllDue());
    }

    /** Once the current transaction commits, something sends what is due at {@code at} (rounded up to the second). */
    void wakeAt(Instant at) {
        Instant second = at.truncatedTo(ChronoUnit.SECONDS).equals(at) ? at
                : at.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        AfterCommit.run(() -> {
            SchedulerClient client = scheduler.getIfAvailable();
            if (client == null) {
                return;
            }
            try {
                client.scheduleIfNotExists(DUE.instance(String.valueOf(second.getEpochSecond())).build(), second);
            } catch (RuntimeException e) {
                log.debug("Wake-up at {} not set ({}); the sweep sends what is due", second, e.toString());
            }
        });
    }
}
