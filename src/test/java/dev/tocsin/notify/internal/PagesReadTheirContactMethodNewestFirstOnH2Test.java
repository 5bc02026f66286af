package dev.tocsin.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.TestDatabases;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each page asks when its contact method last got a message (the throttle). H2 keeps the plan it
 * makes on the empty table a fresh database starts with, so this plan is the one a server runs
 * with: it must read the (contact_method, sent_at DESC) index and stop at its first entry ("index
 * sorted"), or paging one person slows as their history grows (bench/pages.sh found it with
 * max(sent_at), which H2 answers by reading every entry of the method).
 */
class PagesReadTheirContactMethodNewestFirstOnH2Test {

    private final JdbcClient h2 = TestDatabases.h2().jdbc();

    @Test
    void the_latest_send_is_the_first_entry_of_the_contact_methods_index() {
        String plan = h2.sql("EXPLAIN " + DeliveryRepository.LAST_SENT).param(UUID.randomUUID())
                .query(String.class).single();

        assertThat(plan).contains("delivery_contact_method_sent_idx").contains("index sorted");
    }
}
