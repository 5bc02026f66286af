package dev.tocsin.notify.scenarios;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A whole Tocsin with its timers running, started by a notification scenario on a database and a
 * clock the test moves, sending email to a {@link MailServer}. The sweep is a db-scheduler task
 * like the escalation timers, so {@link #advance} fires both: moving the clock past a delayed
 * step or a retry sends it on the next poll.
 */
final class Node implements AutoCloseable {

    static final String TOKEN = "test-admin-token-0123456789";
    static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");
    static final String PUBLIC_URL = "https://tocsin.example.com";
    private static final TaskDescriptor<Void> PROBE = TaskDescriptor.of("test-poll-probe");

    private final ConfigurableApplicationContext context;
    private final MutableClock clock;
    private final ApiClient api;
    private final JdbcClient jdbc;

    private Node(ConfigurableApplicationContext context, MutableClock clock) {
        this.context = context;
        this.clock = clock;
        this.api = new ApiClient(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")), TOKEN);
        this.jdbc = JdbcClient.create(context.getBean(DataSource.class));
    }

    /** With {@code mail} null the node has no SMTP server configured, as Tocsin starts by default. */
    static Node start(TestDatabase db, MutableClock clock, MailServer mail, String... more) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(), "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=5", "--spring.datasource.hikari.minimum-idle=1",
                "--server.port=0", "--spring.main.banner-mode=off", "--db-scheduler.polling-interval=100ms",
                "--tocsin.admin.token=" + TOKEN, "--tocsin.admin.password=test-admin-password",
                "--tocsin.notify.email.from=tocsin@tocsin.example.com", "--tocsin.public-url=" + PUBLIC_URL));
        if (mail != null) {
            args.addAll(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.port()));
        }
        args.addAll(List.of(more));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TocsinApplication.class,
                SchedulerPollsOnRealTime.class)
                .initializers(app -> {
                    app.getBeanFactory().registerSingleton("testClock", clock);
                    app.getBeanFactory().registerSingleton("testPollProbe", Tasks.oneTime(PROBE).execute((i, c) -> {
                    }));
                })
                .run(args.toArray(String[]::new));
        return new Node(context, clock);
    }

    ApiClient api() {
        return api;
    }

    /** The port the node's HTTP server listens on, for clients other than {@link #api}. */
    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Declares a P1 on the Customer Portal's BFF at the clock's now (L1 reaches the on-call engineer): its id. */
    String declareP1(String title) {
        Response declared = api.post("/api/v1/incidents", """
                {"title": "%s", "severity": "P1", "services": ["portal-bff"], "detectionSource": "customer_report"}"""
                .formatted(title));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        firesDueTimers();
        return declared.text("id");
    }

    String reference(String id) {
        return api.get("/api/v1/incidents/" + id).text("number");
    }

    void acknowledge(String id) {
        Response changed = api.patch("/api/v1/incidents/" + id, "{\"status\": \"acknowledged\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    /** Moves the clock and waits until every timer due by then, the sweep among them, has run. */
    void advance(Duration duration) {
        clock.advance(duration);
        firesDueTimers();
    }

    Instant now() {
        return clock.instant();
    }

    /** Waits until the scheduler has polled at the clock's now or later and nothing due by now waits or runs. */
    void firesDueTimers() {
        Instant now = clock.instant();
        String probe = UUID.randomUUID().toString();
        context.getBean(SchedulerClient.class).scheduleIfNotExists(PROBE.instance(probe).build(), now);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() ->
                jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?").param(probe)
                        .query(Long.class).single() == 0
                        && jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE picked OR execution_time <= ?")
                                .param(OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).query(Long.class).single() == 0);
    }

    /** {@code GET /api/v1/incidents/{id}/notifications}. */
    List<JsonNode> notifications(String id) {
        Response response = api.get("/api/v1/incidents/" + id + "/notifications");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false).toList();
    }

    /** Waits until the incident's notifications match (the first send runs right after the commit, off the request). */
    List<JsonNode> awaitNotifications(String id, Predicate<List<JsonNode>> condition) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> condition.test(notifications(id)));
        return notifications(id);
    }

    /** The timeline's entries of one kind, oldest first. */
    List<JsonNode> timeline(String id, String kind) {
        return StreamSupport.stream(api.get("/api/v1/incidents/" + id + "/timeline").json().spliterator(), false)
                .filter(entry -> entry.path("kind").asString().equals(kind)).toList();
    }

    boolean timelineValid(String id) {
        return api.get("/api/v1/incidents/" + id + "/timeline/verify").json().path("valid").asBoolean();
    }

    @Override
    public void close() {
        context.close();
    }
}
