package dev.tocsin.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same application on a fresh PostgreSQL schema; subclasses share that one context. */
public abstract class PostgresContext extends TocsinTest {

    private static final TestDatabase DATABASE = TestDatabases.emptyPostgresSchema();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::url);
        registry.add("spring.datasource.username", DATABASE::user);
        registry.add("spring.datasource.password", () -> "");
    }
}
