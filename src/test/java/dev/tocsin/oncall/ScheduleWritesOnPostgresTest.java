package dev.tocsin.oncall;

import dev.tocsin.support.PostgresContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class ScheduleWritesOnPostgresTest extends ScheduleWritesScenario {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresContext.register(registry);
    }
}
