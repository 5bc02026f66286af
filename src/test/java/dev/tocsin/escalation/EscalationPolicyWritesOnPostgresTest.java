package dev.tocsin.escalation;

import dev.tocsin.support.PostgresContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class EscalationPolicyWritesOnPostgresTest extends EscalationPolicyWritesScenario {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresContext.register(registry);
    }
}
