package dev.tocsin.identity;

import dev.tocsin.support.PostgresContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class TeamsApiOnPostgresTest extends TeamsApiScenario {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresContext.register(registry);
    }
}
