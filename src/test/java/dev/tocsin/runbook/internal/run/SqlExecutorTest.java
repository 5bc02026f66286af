package dev.tocsin.runbook.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.runbook.RunbookSources;
import dev.tocsin.runbook.Step;
import dev.tocsin.runbook.StepKind;
import dev.tocsin.runbook.internal.run.StepResult.Status;
import dev.tocsin.support.TestDatabase;
import dev.tocsin.support.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs SQL steps on an in-memory H2 (PostgreSQL mode) and on the real PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlExecutorTest {

    private Map<String, RunbookSources.DataSource> databases;
    private SqlExecutor executor;

    @BeforeAll
    void databases() throws SQLException {
        String h2 = "jdbc:h2:mem:runbook-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        String guarded = "jdbc:h2:mem:runbook-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";
        TestDatabase pg = TestDatabases.emptyPostgresSchema();
        databases = Map.of(
                "h2", new RunbookSources.DataSource(h2, "sa", ""),
                "pg", new RunbookSources.DataSource(pg.url(), pg.user(), ""),
                "guarded", new RunbookSources.DataSource(guarded, "sa", "pw-123"));
        for (String name : new String[] {"h2", "pg"}) {
            try (Connection c = connect(name); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE scratch (id INT PRIMARY KEY, name VARCHAR(40))");
                s.execute("INSERT INTO scratch VALUES (1, 'before'), (2, 'before')");
                s.execute("CREATE TABLE numbers (n INT)");
                for (int n = 1; n <= 150; n++) {
                    s.execute("INSERT INTO numbers VALUES (" + n + ")");
                }
            }
        }
        executor = new SqlExecutor(new RunbookSources(databases, Map.of()),
                new Redactor(new RunbookSources(databases, Map.of())));
    }

    @AfterAll
    void close() {
        executor.destroy();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "pg"})
    void a_select_is_a_table_with_a_header_line_and_one_line_per_row(String db) {
        StepResult result = executor.run(sql(db, "SELECT id, name FROM scratch ORDER BY id;"), false);

        assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).isEqualTo("id | name\n1 | before\n2 | before");
        assertThat(result.truncated()).isFalse();
        assertThat(result.duration().isNegative()).isFalse();
    }

    @Test
    void counts_connections_on_postgresql() {
        StepResult result = executor.run(sql("pg", "SELECT count(*) FROM pg_stat_activity"), false);

        assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(result.output()).matches("count\\n\\d+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "pg"})
    void a_diagnosis_cannot_write(String db) throws SQLException {
        StepResult result = executor.run(sql(db, "UPDATE scratch SET name = 'after' WHERE id = 1"), false);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("read-only");
        assertThat(name(db, 1)).isEqualTo("before");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "pg"})
    void an_approved_remediation_writes_and_commits(String db) throws SQLException {
        StepResult result = executor.run(sql(db, "UPDATE scratch SET name = 'after' WHERE id = 2;"), true);

        assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(result.output()).isEqualTo("1 row affected");
        assertThat(name(db, 2)).isEqualTo("after");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "pg"})
    void shows_the_first_100_rows_and_says_so(String db) {
        StepResult result = executor.run(sql(db, "SELECT n FROM numbers ORDER BY n"), false);

        assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
        String[] lines = result.output().split("\n");
        assertThat(lines).hasSize(1 + 100 + 1);
        assertThat(lines[100]).isEqualTo("100");
        assertThat(lines[101]).isEqualTo("… first 100 rows shown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "pg"})
    void a_database_error_fails_the_step_with_the_databases_words(String db) {
        StepResult result = executor.run(sql(db, "SELECT * FROM no_such_table"), false);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.output()).containsIgnoringCase("no_such_table");
    }

    @Test
    void a_statement_past_its_timeout_is_cancelled() {
        StepResult result = executor.run(sql("pg", "SELECT pg_sleep(10)", Duration.ofSeconds(1)), false);

        assertThat(result.status()).isEqualTo(Status.TIMED_OUT);
        assertThat(result.output()).endsWith("timed out after 1s");
    }

    @Test
    void an_unknown_data_source_says_how_to_configure_it() {
        StepResult result = executor.run(sql("orders", "SELECT 1"), false);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.output()).isEqualTo("no data source 'orders' is configured; set "
                + "tocsin.runbooks.datasources.orders.url (known: [guarded, h2, pg])");
    }

    @Test
    void the_data_source_password_never_shows_in_output() {
        StepResult result = executor.run(sql("guarded", "SELECT 'pw-123' AS leaked"), false);

        assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(result.output()).doesNotContain("pw-123").isEqualTo("LEAKED\n***");
    }

    private static Step.Sql sql(String datasource, String text) {
        return sql(datasource, text, Duration.ofSeconds(30));
    }

    private static Step.Sql sql(String datasource, String text, Duration timeout) {
        return new Step.Sql(new Step.Basics("diagnosis-1", "a query", text, StepKind.DIAGNOSTIC, false, timeout),
                datasource, text);
    }

    private String name(String db, int id) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT name FROM scratch WHERE id = " + id)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private Connection connect(String name) throws SQLException {
        RunbookSources.DataSource ds = databases.get(name);
        return DriverManager.getConnection(ds.url(), ds.username(), ds.password());
    }
}
