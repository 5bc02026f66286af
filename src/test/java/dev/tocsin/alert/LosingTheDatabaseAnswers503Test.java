package dev.tocsin.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TcpProxy;
import dev.tocsin.support.TestDatabases;
import dev.tocsin.support.TocsinTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tocsin on PostgreSQL through a relay the test cuts: while the database is gone, senders get
 * 503 with Retry-After (Alertmanager retries 5xx, not 4xx), and alerts flow again once it is back.
 */
class LosingTheDatabaseAnswers503Test extends TocsinTest {

    private static final TcpProxy PROXY = new TcpProxy(TestDatabases.postgresPort());

    @DynamicPropertySource
    static void postgresThroughProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabases.emptyPostgresSchemaVia(PROXY.port()));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.datasource.hikari.connection-timeout", () -> "1000");
    }

    @AfterAll
    static void closeProxy() {
        PROXY.close();
    }

    @Test
    void alerts_sent_while_the_database_is_gone_get_503_and_flow_again_after() {
        String key = api().post("/api/v1/integrations", "{\"service\": \"portal-postgresql\", \"name\": \"outage\"}")
                .text("key");
        assertThat(send(key, "before").status()).isEqualTo(200);

        PROXY.cut();
        try {
            for (String fingerprint : new String[] {"during-1", "during-2"}) {
                Response refused = send(key, fingerprint);
                assertThat(refused.status()).isEqualTo(503);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(refused.text("type")).isEqualTo("urn:tocsin:problem:database-unavailable");
            }
            assertThat(api(null).get("/health").status()).isEqualTo(503);
        } finally {
            PROXY.restore();
        }

        // Connections that broke during the cut are dropped from the pool on their first use, so,
        // like a sender honouring Retry-After, try again a few times.
        assertThat(retried(() -> send(key, "during-1").status())).isEqualTo(200);
        assertThat(retried(() -> api(null).get("/health").status())).isEqualTo(200);
    }

    private static int retried(java.util.function.IntSupplier call) {
        int status = call.getAsInt();
        for (int attempt = 1; attempt < 30 && status != 200; attempt++) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            status = call.getAsInt();
        }
        return status;
    }

    private Response send(String key, String fingerprint) {
        return api(null).postAuthorized("/api/v1/integrations/" + key + "/alertmanager", """
                {"version": "4", "status": "firing", "alerts": [{"status": "firing", "fingerprint": "%s",
                 "labels": {"alertname": "DatabaseDown", "severity": "critical"}}]}""".formatted(fingerprint), null);
    }
}
