package dev.tocsin.support;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** A clock the test moves, read by Tocsin and by db-scheduler alike (see {@link SchedulerPollsOnRealTime}). */
@TestConfiguration(proxyBeanMethods = false)
@Import(SchedulerPollsOnRealTime.class)
public class TestClockConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Instant.now());
    }
}
