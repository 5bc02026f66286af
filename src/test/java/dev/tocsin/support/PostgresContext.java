package dev.tocsin.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a Spring test at a fresh PostgreSQL schema. A test class opts in with
 * {@code @DynamicPropertySource static void postgres(DynamicPropertyRegistry r) { PostgresContext.register(r); }}.
 */
public final class PostgresContext {

    private static TestDatabase database;

    private PostgresContext() {
    }

    public static synchronized void register(DynamicPropertyRegistry registry) {
        if (database == null) {
            database = TestDatabases.emptyPostgresSchema();
        }
        TestDatabase db = database;
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", () -> "");
        // Spring caches each test context with its pool open; at the application's 20 connections,
        // six PostgreSQL contexts passed the server's 100.
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "6");
        registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
    }
}
