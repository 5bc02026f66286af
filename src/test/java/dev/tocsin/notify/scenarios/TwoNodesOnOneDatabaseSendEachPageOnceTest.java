package dev.tocsin.notify.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.MutableClock;
import dev.tocsin.support.TestDatabase;
import dev.tocsin.support.TestDatabases;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL database, bundling off so every page is a message of its own: ten
 * P1s declared on either node page Maya at once and again a minute later, when both nodes' sweeps
 * and wake-ups go for the same due rows. Every page arrives exactly once.
 */
class TwoNodesOnOneDatabaseSendEachPageOnceTest {

    private static final String EMAIL = "maya.ortiz@portal.example.com";
    private static final String PAGER = "maya.pager@portal.example.com";
    private static final int INCIDENTS = 10;

    @Test
    void scenario() {
        TestDatabase db = TestDatabases.emptyPostgresSchema();
        MutableClock clock = new MutableClock(Node.MONDAY);
        try (MailServer mail = new MailServer().start();
                Node a = Node.start(db, clock, mail, "--tocsin.notify.bundle-window=0s");
                Node b = Node.start(db, clock, mail, "--tocsin.notify.bundle-window=0s")) {
            String methods = "/api/v1/users/maya.ortiz/contact-methods";
            String email = StreamSupport.stream(a.api().get(methods).json().spliterator(), false)
                    .filter(m -> m.path("address").asString().equals(EMAIL)).findFirst().orElseThrow()
                    .path("id").asString();
            Response pager = a.api().post(methods, """
                    {"type": "email", "address": "%s"}""".formatted(PAGER));
            assertThat(pager.status()).as(pager.body()).isEqualTo(201);
            assertThat(b.api().put("/api/v1/users/maya.ortiz/notification-rules", """
                    [{"delay": "PT0S", "contactMethod": "%s"}, {"delay": "PT1M", "contactMethod": "%s"}]"""
                    .formatted(email, pager.text("id"))).status()).isEqualTo(200);

            List<String> incidents = new ArrayList<>();
            for (int i = 0; i < INCIDENTS; i++) {
                incidents.add((i % 2 == 0 ? a : b).declareP1("Incident " + i));
            }
            mail.awaitTo(EMAIL, INCIDENTS);

            // Past the second step's minute, and then on in sweep intervals: a try that fails (a busy
            // SMTP server) is retried, as it should be; what must not happen is a page sent twice.
            clock.advance(Duration.ofSeconds(60));
            for (int round = 0; round < 20 && mail.to(PAGER).size() < INCIDENTS; round++) {
                a.firesDueTimers();
                b.firesDueTimers();
                clock.advance(Duration.ofSeconds(15));
            }
            assertThat(mail.to(PAGER)).as("%s", a.notifications(incidents.getFirst())).hasSize(INCIDENTS);
            a.advance(Duration.ofMinutes(5));
            b.firesDueTimers();

            Map<String, Long> perKey = mail.received().stream()
                    .collect(Collectors.groupingBy(m -> MailServer.header(m, "X-Tocsin-Idempotency-Key"),
                            Collectors.counting()));
            assertThat(perKey).hasSize(2 * INCIDENTS);
            assertThat(perKey.values()).as("each page once").containsOnly(1L);
            for (String id : incidents) {
                assertThat(a.notifications(id)).extracting(n -> n.path("status").asString())
                        .containsExactly("sent", "sent");
                assertThat(b.timeline(id, "notified")).hasSize(2);
            }
        }
    }
}
