package dev.tocsin.platform;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time is injected everywhere so that tests move a clock instead of sleeping. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * db-scheduler decides which durable timers are due by this same clock (its starter makes a
     * {@code SystemClock} only when no such bean exists): time is one thing, so a timer fires when
     * Tocsin's clock says its moment has come, and a test that moves the clock fires the timers
     * due by then on the next poll.
     */
    @Bean
    com.github.kagkarlsson.scheduler.Clock dbSchedulerClock(Clock clock) {
        return clock::instant;
    }
}
