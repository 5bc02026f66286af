package dev.tocsin.notify.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One recurring db-scheduler task, run by one node at a time on the shared database, sends every
 * delivery due: steps with a delay, retries after their backoff, pages held by the throttle, and
 * rows a crash left between commit and send. A recurring sweep rather than a one-time task per
 * delivery: the outbox rows already say what is due, the throttle moves many due times at once,
 * and one task is one row in scheduled_tasks however many pages wait. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so the after-commit send and the sweep never send the same row twice.
 */
@Configuration(proxyBeanMethods = false)
class DeliverySweep {

    @Bean
    RecurringTask<Void> notificationSweep(DeliveryWorker worker, NotifyProperties properties) {
        return Tasks.recurring("notification-sweep", FixedDelay.of(properties.sweepInterval()))
                .execute((instance, context) -> worker.sendAllDue());
    }
}
