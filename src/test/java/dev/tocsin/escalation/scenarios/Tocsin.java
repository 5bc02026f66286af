package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.tocsin.TocsinApplication;
import dev.tocsin.support.ApiClient;
import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.MutableClock;
import dev.tocsin.support.SchedulerPollsOnRealTime;
import dev.tocsin.support.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A whole Tocsin, started by a test on a database it names, on a clock the test moves: the
 * example organizations loaded, its API on a random port. db-scheduler reads the same clock and
 * polls every 100 ms of real time ({@link SchedulerPollsOnRealTime}), so moving the clock past a
 * timer's moment fires the timer on the next poll; {@link #advance} moves it and waits until
 * every timer due by then has fired.
 */
final class Tocsin implements AutoCloseable {

    static final String TOKEN = "test-admin-token-0123456789";

    /**
     * A timer the test sets for the clock's now: once it has run, the scheduler has polled at
     * that time or later, so every timer due by then was picked up in that poll or before.
     */
    private static final TaskDescriptor<Void> PROBE = TaskDescriptor.of("test-poll-probe");

    private final ConfigurableApplicationContext context;
    private final MutableClock clock;
    private final ApiClient api;
    private final JdbcClient jdbc;

    private Tocsin(ConfigurableApplicationContext context, MutableClock clock) {
        this.context = context;
        this.clock = clock;
        this.api = new ApiClient(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")), TOKEN);
        this.jdbc = JdbcClient.create(context.getBean(DataSource.class));
    }

    /** Starts a node on {@code db} whose every clock, Tocsin's and db-scheduler's, is {@code clock}. */
    static Tocsin start(TestDatabase db, MutableClock clock) {
        // As arguments: they outrank application.yaml, which names the H2 file and port 8080.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TocsinApplication.class,
                SchedulerPollsOnRealTime.class)
                .initializers(app -> {
                    app.getBeanFactory().registerSingleton("testClock", clock);
                    app.getBeanFactory().registerSingleton("testPollProbe", Tasks.oneTime(PROBE).execute((i, c) -> {
                    }));
                })
                .run("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                        "--spring.datasource.password=", "--spring.datasource.hikari.maximum-pool-size=5",
                        "--spring.datasource.hikari.minimum-idle=1", "--server.port=0",
                        "--spring.main.banner-mode=off", "--db-scheduler.polling-interval=100ms",
                        "--tocsin.admin.token=" + TOKEN, "--tocsin.admin.password=test-admin-password");
        return new Tocsin(context, clock);
    }

    ApiClient api() {
        return api;
    }

    /**
     * A scenario's first step: timers left by earlier scenarios on this node are dropped, so
     * they cannot fire into this one, and the clock is set to {@code start}.
     */
    void beginAt(Instant start) {
        await().atMost(Duration.ofSeconds(30)).until(() -> count("picked") == 0);
        jdbc.sql("DELETE FROM scheduled_tasks").update();
        clock.set(start);
    }

    /** Declares an incident over the API at the clock's now; its id. */
    String declare(String severity, String service) {
        return declare(severity, service, false);
    }

    String declare(String severity, String service, boolean customerImpact) {
        return declare("""
                {"title": "Something is down", "severity": "%s", "services": ["%s"],
                 "detectionSource": "customer_report", "customerImpact": %s}"""
                .formatted(severity, service, customerImpact));
    }

    /** Declares an incident detected at {@code detectedAt}, before the clock's now: its levels count from then. */
    String declareDetectedAt(Instant detectedAt, String severity, String service) {
        return declare("""
                {"title": "Something is down", "severity": "%s", "services": ["%s"],
                 "detectionSource": "customer_report", "detectedAt": "%s"}"""
                .formatted(severity, service, detectedAt));
    }

    private String declare(String json) {
        Response declared = api.post("/api/v1/incidents", json);
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        String id = declared.text("id");
        firesDueTimers();
        return id;
    }

    /** PATCHes the incident (status, severity, customer impact…) at the clock's now. */
    void change(String id, String json) {
        Response changed = api.patch("/api/v1/incidents/" + id, json);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        firesDueTimers();
    }

    /** Moves the clock and waits until every timer due by the new time has fired. */
    void advance(Duration duration) {
        clock.advance(duration);
        firesDueTimers();
    }

    /** Moves the clock on to {@code moment} and waits until every timer due by then has fired. */
    void advanceTo(Instant moment) {
        assertThat(moment).as("time moves on").isAfterOrEqualTo(clock.instant());
        clock.set(moment);
        firesDueTimers();
    }

    /**
     * Waits until the scheduler has polled at the clock's now or later (a probe set for now has
     * run) and no timer due by now is waiting or running: each has fired, and moved to its next
     * time or gone.
     */
    void firesDueTimers() {
        Instant now = clock.instant();
        String probe = UUID.randomUUID().toString();
        context.getBean(SchedulerClient.class).scheduleIfNotExists(PROBE.instance(probe).build(), now);
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() ->
                    jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?").param(probe)
                            .query(Long.class).single() == 0
                            && count("picked OR execution_time <= ?", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)) == 0);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Timers due by " + now + " have not all fired within 30 s: " + jdbc.sql(
                    "SELECT task_name, task_instance, execution_time, picked FROM scheduled_tasks ORDER BY execution_time")
                    .query().listOfRows(), e);
        }
    }

    private long count(String where, Object... params) {
        var sql = jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE " + where);
        for (Object param : params) {
            sql = sql.param(param);
        }
        return sql.query(Long.class).single();
    }

    /** The levels reached, as the API shows them: "L2 tech lead: sara.lind", in the order reached. */
    List<String> reached(String id) {
        return StreamSupport.stream(escalation(id).path("reached").spliterator(), false)
                .map(level -> level.path("level").asString() + ": " + StreamSupport.stream(
                        level.path("people").spliterator(), false).map(JsonNode::asString)
                        .collect(Collectors.joining(", ")))
                .toList();
    }

    /** {@code GET /api/v1/incidents/{id}/escalation}. */
    JsonNode escalation(String id) {
        Response standing = api.get("/api/v1/incidents/" + id + "/escalation");
        assertThat(standing.status()).as(standing.body()).isEqualTo(200);
        return standing.json();
    }

    /** The next level and when it falls due, "L3 engineering manager at 2026-…Z", or empty. */
    Optional<String> next(String id) {
        JsonNode next = escalation(id).path("next");
        return next.isNull() || next.isMissingNode() ? Optional.empty()
                : Optional.of(next.path("level").asString() + " at " + next.path("dueAt").asString());
    }

    /** The timeline's entries of one kind, oldest first. */
    List<JsonNode> timeline(String id, String kind) {
        return StreamSupport.stream(api.get("/api/v1/incidents/" + id + "/timeline").json().spliterator(), false)
                .filter(entry -> entry.path("kind").asString().equals(kind)).toList();
    }

    /** The hash chain of the incident's timeline holds. */
    boolean timelineValid(String id) {
        return api.get("/api/v1/incidents/" + id + "/timeline/verify").json().path("valid").asBoolean();
    }

    /** When the incident's escalation timer is set for, read from db-scheduler's table; empty when it has none. */
    Optional<Instant> escalationTimer(String id) {
        return jdbc.sql("SELECT execution_time FROM scheduled_tasks WHERE task_name = 'escalation' AND task_instance = ?")
                .param(id).query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
    }

    /** One of the node's beans, e.g. the AcknowledgeTokens that sign the links a page carries. */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
