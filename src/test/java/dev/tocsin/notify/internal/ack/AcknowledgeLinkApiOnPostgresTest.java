package dev.tocsin.notify.internal.ack;

import dev.tocsin.support.PostgresContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class AcknowledgeLinkApiOnPostgresTest extends AcknowledgeLinkApiScenario {

    @Override
    String database() {
        return "PostgreSQL";
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresContext.register(registry);
    }
}
