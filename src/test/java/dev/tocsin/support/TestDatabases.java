package dev.tocsin.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh schemas on H2 and PostgreSQL. PostgreSQL is the server at TOCSIN_TEST_POSTGRES_URL
 * (default: the local one, database test, user postgres); when none answers, an embedded
 * PostgreSQL is started once for the whole run.
 */
public final class TestDatabases {

    private static final String DEFAULT_PG = "jdbc:postgresql://127.0.0.1:5432/test";
    private static volatile String postgresBase;
    private static volatile String postgresUser;

    private TestDatabases() {
    }

    public static TestDatabase h2() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        return migrated(new TestDatabase("H2", url, "sa", ds));
    }

    public static TestDatabase postgres() {
        return migrated(emptyPostgresSchema());
    }

    /** A new, empty schema (not migrated), e.g. for a Spring context that runs Flyway itself. */
    public static TestDatabase emptyPostgresSchema() {
        ensurePostgres();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(postgresBase, postgresUser, "")) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test schema on " + postgresBase, e);
        }
        String url = postgresBase + (postgresBase.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(postgresUser);
        return new TestDatabase("PostgreSQL", url, postgresUser, ds);
    }

    /** The PostgreSQL server's port, for tests that put something between it and the application. */
    public static int postgresPort() {
        ensurePostgres();
        return java.net.URI.create(postgresBase.substring("jdbc:".length())).getPort();
    }

    /** A JDBC URL for a new empty schema, reached through {@code port} on loopback instead of directly. */
    public static String emptyPostgresSchemaVia(int port) {
        TestDatabase db = emptyPostgresSchema();
        return db.url().replaceFirst("//[^/]+/", "//127.0.0.1:" + port + "/");
    }

    private static TestDatabase migrated(TestDatabase db) {
        Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/migration").load().migrate();
        return db;
    }

    private static synchronized void ensurePostgres() {
        if (postgresBase != null) {
            return;
        }
        String url = System.getenv().getOrDefault("TOCSIN_TEST_POSTGRES_URL", DEFAULT_PG);
        String user = System.getenv().getOrDefault("TOCSIN_TEST_POSTGRES_USER", "postgres");
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            postgresBase = url;
            postgresUser = user;
            return;
        } catch (SQLException unreachable) {
            System.err.println("No PostgreSQL at " + url + " (" + unreachable.getMessage()
                    + "); starting an embedded one");
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is going away either way
                }
            }));
            postgresBase = embedded.getJdbcUrl("postgres", "postgres");
            postgresUser = "postgres";
        } catch (IOException e) {
            throw new UncheckedIOException("Neither a PostgreSQL server nor an embedded one is available", e);
        }
    }
}
