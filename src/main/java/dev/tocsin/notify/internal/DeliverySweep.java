package dev.tocsin.notify.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One recurring db-scheduler task, run by one node at a time on the shared database, sends every
 * delivery due: above all rows a crash left between commit and send (and a wake-up lost with them),
 * which nothing else would find. Delayed steps, retries and held bundles have their wake-ups at
 * their due second ({@link DeliveryWakeUps}); the outbox rows, not the timers, say what is due, so a
 * timer is only ever a reason to look. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so the
 * after-commit send, the wake-ups and the sweep never send the same row twice.
 */
@Configuration(proxyBeanMethods = false)
class DeliverySweep {

    @Bean
    RecurringTask<Void> notificationSweep(DeliveryWorker worker, NotifyProperties properties) {
        return Tasks.recurring("notification-sweep", FixedDelay.of(properties.sweepInterval()))
                .execute((instance, context) -> worker.sendAllDue());
    }
}
