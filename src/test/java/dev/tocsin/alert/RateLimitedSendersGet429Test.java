package dev.tocsin.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = {"tocsin.ingest.rate-limit.requests-per-second=1", "tocsin.ingest.rate-limit.burst=2"})
class RateLimitedSendersGet429Test extends TocsinTest {

    @Test
    void a_sender_over_its_keys_limit_gets_429_with_retry_after_and_nothing_is_stored() throws Exception {
        String key = api().post("/api/v1/integrations", "{\"service\": \"crm-worker\", \"name\": \"chatty\"}")
                .text("key");
        String body = """
                {"version": "4", "status": "firing", "alerts": [{"status": "firing", "fingerprint": "%s",
                 "labels": {"alertname": "Chatty"}}]}""";
        assertThat(send(key, body.formatted("a")).statusCode()).isEqualTo(200);
        assertThat(send(key, body.formatted("b")).statusCode()).isEqualTo(200);
        long alerts = jdbc.sql("SELECT count(*) FROM alert").query(Long.class).single();

        HttpResponse<String> limited = send(key, body.formatted("c"));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("1");
        assertThat(limited.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(new Response(429, limited.body(), "").text("type")).isEqualTo("urn:tocsin:problem:rate-limited");
        assertThat(jdbc.sql("SELECT count(*) FROM alert").query(Long.class).single()).isEqualTo(alerts);
    }

    private HttpResponse<String> send(String key, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/api/v1/integrations/" + key + "/alertmanager"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
