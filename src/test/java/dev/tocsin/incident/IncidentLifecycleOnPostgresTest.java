package dev.tocsin.incident;

import dev.tocsin.support.PostgresContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class IncidentLifecycleOnPostgresTest extends IncidentLifecycleScenario {

    @Override
    String database() {
        return "PostgreSQL";
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresContext.register(registry);
    }
}
