package dev.tocsin.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.incident.IncidentStatus;
import dev.tocsin.notify.ContactMethodType;
import dev.tocsin.support.Fixtures;
import dev.tocsin.support.TestDatabases;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every send claims what waits for one contact method. A person paged a thousand times has a
 * thousand sent rows; the claim must read the one waiting, not the history (bench/pages.sh found
 * H2 reading all of it, which slowed every page to that person as the history grew).
 */
class ClaimingReadsOnlyWhatWaitsOnH2Test {

    private static final Pattern SCANNED = Pattern.compile("scanCount: (\\d+)");

    private final JdbcClient h2 = TestDatabases.h2().jdbc();

    @Test
    void a_contact_method_with_a_long_history_is_claimed_by_reading_what_waits() {
        Fixtures.organization(h2);
        Instant now = Instant.parse("2026-11-29T12:00:00Z");
        UUID incident = Fixtures.incident(h2, "P1", IncidentStatus.TRIGGERED, now, List.of("api")).id();
        UUID contactMethod = UUID.randomUUID();
        DeliveryRepository deliveries = new DeliveryRepository(h2);
        for (int i = 0; i < 300; i++) {
            Delivery sent = Delivery.pending(incident, "maya", contactMethod, ContactMethodType.WEBHOOK,
                    "https://hooks.example.com/p", "L1", 0, now.minusSeconds(i), now.minusSeconds(i));
            deliveries.insert(sent);
            deliveries.sent(sent.id(), now.minusSeconds(i), "message-" + i);
        }
        deliveries.insert(Delivery.pending(incident, "maya", contactMethod, ContactMethodType.WEBHOOK,
                "https://hooks.example.com/p", "L1", 0, now, now));

        String plan = h2.sql("EXPLAIN ANALYZE " + DeliveryRepository.CLAIM_DUE)
                .params(contactMethod, Timestamp.from(now)).query(String.class).single();

        Matcher scanned = SCANNED.matcher(plan);
        assertThat(scanned.find()).as(plan).isTrue();
        assertThat(Integer.parseInt(scanned.group(1))).as(plan).isLessThanOrEqualTo(2);
        assertThat(deliveries.claimDue(contactMethod, now)).hasSize(1);
    }
}
