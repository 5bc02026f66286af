package dev.tocsin.identity;

import dev.tocsin.support.PostgresContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class UsersApiOnPostgresTest extends UsersApiScenario {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresContext.register(registry);
    }
}
