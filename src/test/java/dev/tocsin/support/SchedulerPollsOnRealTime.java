package dev.tocsin.support;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;

/**
 * db-scheduler reads Tocsin's clock, and so does the pause between its polls: its {@code Waiter}
 * waits until that clock has moved one polling interval on. A test clock stands still, so the
 * scheduler would poll once and then wait forever. This wakes it once every polling interval
 * of real time, as a running clock would: a timer then fires on the first poll after the test
 * moves the clock past its moment. Without db-scheduler (disabled) it does nothing.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SchedulerPollsOnRealTime {

    @Bean
    SmartLifecycle testSchedulerWaker(ObjectProvider<Scheduler> scheduler,
            ObjectProvider<DbSchedulerProperties> properties) {
        return new SmartLifecycle() {
            private ScheduledExecutorService waker;

            @Override
            public void start() {
                Scheduler found = scheduler.getIfAvailable();
                if (found == null) {
                    return;
                }
                long every = properties.getIfAvailable(DbSchedulerProperties::new).getPollingInterval().toMillis();
                waker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                        .name("test-scheduler-waker").factory());
                waker.scheduleWithFixedDelay(found::triggerCheckForDueExecutions, every, every, TimeUnit.MILLISECONDS);
            }

            @Override
            public void stop() {
                if (waker != null) {
                    waker.shutdownNow();
                    waker = null;
                }
            }

            @Override
            public boolean isRunning() {
                return waker != null;
            }
        };
    }
}
