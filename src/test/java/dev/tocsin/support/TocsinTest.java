package dev.tocsin.support;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole application on a random port, on an in-memory H2 database, with the example
 * organizations loaded and a clock the test moves. Subclasses share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:tocsin-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "tocsin.admin.token=" + TocsinTest.ADMIN_TOKEN,
        "tocsin.admin.password=" + TocsinTest.ADMIN_PASSWORD,
        // Durable timers run on real time against the database all these contexts share, while the
        // tests move their clocks (often to fixed past dates); the timer tests enable them for themselves.
        "db-scheduler.enabled=false",
        // Scenarios matched by service would add their entries to the timelines these tests count
        // exactly; the playbook tests turn it on for themselves.
        "tocsin.runbooks.auto-diagnosis=false"})
@Import(TestClockConfiguration.class)
public abstract class TocsinTest {

    public static final String ADMIN_TOKEN = "test-admin-token-0123456789";
    public static final String ADMIN_PASSWORD = "test-admin-password";

    @LocalServerPort
    protected int port;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected JdbcClient jdbc;

    /** Each test starts at the real now, whatever time an earlier test moved the shared clock to. */
    @BeforeEach
    void resetClock() {
        clock.set(Instant.now());
    }

    protected ApiClient api() {
        return new ApiClient(port, ADMIN_TOKEN);
    }

    protected ApiClient api(String token) {
        return new ApiClient(port, token);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
