package dev.tocsin.runbook.internal.run;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tocsin.runbook.RunbookSources;
import dev.tocsin.runbook.Step;
import dev.tocsin.runbook.internal.run.StepResult.Status;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs SQL steps on the data sources named in {@code tocsin.runbooks.datasources}. Diagnosis is
 * read-only: the connection is read-only, PostgreSQL is told so for the transaction, and the
 * transaction is rolled back whatever happened. Only an approved remediation ({@code writable})
 * commits.
 */
@Component
public class SqlExecutor implements StepExecutor, DisposableBean {

    static final int MAX_ROWS = 100;

    /** Statements that only read, for databases that do not enforce a read-only connection (H2). */
    private static final Pattern READS = Pattern.compile(
            "(?is)^\\s*(?:--[^\\n]*\\n\\s*)*(select|with|show|explain|values|table)\\b.*");

    private final RunbookSources sources;
    private final Redactor redactor;
    private final Map<String, HikariDataSource> pools = new ConcurrentHashMap<>();

    public SqlExecutor(RunbookSources sources, Redactor redactor) {
        this.sources = sources;
        this.redactor = redactor;
    }

    @Override
    public String type() {
        return "sql";
    }

    @Override
    public StepResult run(Step step, boolean writable) {
        if (!(step instanceof Step.Sql sql)) {
            throw new IllegalArgumentException("the sql executor runs sql steps, not " + step.type());
        }
        long start = System.nanoTime();
        Duration timeout = step.basics().timeout();
        Outcome outcome = execute(sql, writable, timeout);
        OutputCap output = OutputCap.of(redactor.redact(outcome.text()));
        return new StepResult(outcome.status(), outcome.status() == Status.SUCCEEDED ? 0 : 1, output.text(),
                output.truncated(), Duration.ofNanos(System.nanoTime() - start));
    }

    private record Outcome(Status status, String text) {
    }

    private Outcome execute(Step.Sql step, boolean writable, Duration timeout) {
        RunbookSources.DataSource source = sources.datasources().get(step.datasource());
        if (source == null || source.url() == null || source.url().isBlank()) {
            return new Outcome(Status.FAILED, "no data source '" + step.datasource()
                    + "' is configured; set tocsin.runbooks.datasources." + step.datasource() + ".url (known: "
                    + new TreeSet<>(sources.datasources().keySet()) + ")");
        }
        String statementText = withoutTrailingSemicolons(step.sql());
        Connection connection;
        try {
            connection = pool(step.datasource(), source).getConnection();
        } catch (SQLException | RuntimeException e) {
            return new Outcome(Status.FAILED, "could not connect to data source '" + step.datasource() + "' ("
                    + source.url() + "): " + rootMessage(e));
        }
        try (connection) {
            return inTransaction(connection, statementText, writable, timeout);
        } catch (SQLException e) {
            return failure(e, timeout);
        }
    }

    private Outcome inTransaction(Connection connection, String sql, boolean writable, Duration timeout)
            throws SQLException {
        connection.setAutoCommit(false);
        connection.setReadOnly(!writable);
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                .contains("postgres");
        try (Statement statement = connection.createStatement()) {
            if (!writable && postgres) {
                // The driver's BEGIN READ ONLY already does this; said again so a pooler or a driver
                // setting (readOnlyMode=ignore) cannot turn diagnosis into a write.
                statement.execute("SET TRANSACTION READ ONLY");
            }
            if (!writable && !postgres && !READS.matcher(sql).matches()) {
                // H2 and others take setReadOnly as a hint only, and run DDL outside the transaction.
                return new Outcome(Status.FAILED, "this step is read-only and the statement is not a query; "
                        + "data source writes run only as an approved remediation");
            }
            statement.setQueryTimeout((int) Math.max(1, (timeout.toMillis() + 999) / 1000));
            statement.setMaxRows(MAX_ROWS + 1);
            String text = results(statement, statement.execute(sql));
            if (writable) {
                connection.commit();
            } else {
                connection.rollback();
            }
            return new Outcome(Status.SUCCEEDED, text);
        } finally {
            rollbackQuietly(connection);
        }
    }

    /** After a commit this is a no-op; after a failure it undoes any half-done write. */
    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException brokenConnection) {
            // The pool discards a broken connection, and the statement's own error is the one to tell.
        }
    }

    private static String results(Statement statement, boolean isResultSet) throws SQLException {
        StringBuilder out = new StringBuilder();
        boolean hasResult = isResultSet;
        while (true) {
            if (hasResult) {
                try (ResultSet rows = statement.getResultSet()) {
                    table(rows, out);
                }
            } else {
                int count = statement.getUpdateCount();
                if (count == -1) {
                    break;
                }
                out.append(count).append(count == 1 ? " row" : " rows").append(" affected\n");
            }
            hasResult = statement.getMoreResults();
        }
        return out.toString().stripTrailing();
    }

    private static void table(ResultSet rows, StringBuilder out) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        int columns = meta.getColumnCount();
        for (int c = 1; c <= columns; c++) {
            out.append(c > 1 ? " | " : "").append(meta.getColumnLabel(c));
        }
        out.append('\n');
        int shown = 0;
        while (rows.next()) {
            if (shown == MAX_ROWS) {
                out.append("… first ").append(MAX_ROWS).append(" rows shown\n");
                return;
            }
            for (int c = 1; c <= columns; c++) {
                Object value = rows.getObject(c);
                out.append(c > 1 ? " | " : "").append(value == null ? "NULL" : value);
            }
            out.append('\n');
            shown++;
        }
        if (shown == 0) {
            out.append("(no rows)\n");
        }
    }

    private static Outcome failure(SQLException e, Duration timeout) {
        // 57014 is "query_canceled", what PostgreSQL and H2 report when the statement timeout fires.
        if (e instanceof SQLTimeoutException || "57014".equals(e.getSQLState())) {
            return new Outcome(Status.TIMED_OUT, e.getMessage() + "\n" + OutputCap.timedOut(timeout));
        }
        return new Outcome(Status.FAILED, e.getMessage());
    }

    private HikariDataSource pool(String name, RunbookSources.DataSource source) {
        return pools.computeIfAbsent(name, n -> {
            HikariConfig config = new HikariConfig();
            config.setPoolName("tocsin-runbook-" + n);
            config.setJdbcUrl(source.url());
            config.setUsername(source.username());
            config.setPassword(source.password());
            // Runbook steps are occasional: two connections at most, none kept once idle for a minute.
            config.setMaximumPoolSize(2);
            config.setMinimumIdle(0);
            config.setIdleTimeout(Duration.ofMinutes(1).toMillis());
            config.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
            config.setAutoCommit(false);
            // Opening lazily: a data source that is down fails its steps, not the server's start.
            config.setInitializationFailTimeout(-1);
            return new HikariDataSource(config);
        });
    }

    static String withoutTrailingSemicolons(String sql) {
        String text = sql.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return text;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + ": " + root.getMessage();
    }

    @Override
    public void destroy() {
        pools.values().forEach(HikariDataSource::close);
        pools.clear();
    }
}
