package dev.tocsin.support;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Alertmanager notifies a webhook, PagerDuty (Events API v2) and Opsgenie, all faked
 * here by one local server, once when an alert fires and once when it resolves.
 */
class RealAlertmanagerTest {

    private static final String KEY = "tocsin-test-key";
    private static final String WEBHOOK = "/api/v1/integrations/" + KEY + "/alertmanager";
    private static final Map<String, String> LABELS =
            Map.of("alertname", "RedisDown", "service", "portal-redis", "severity", "critical");
    private static final Map<String, String> ANNOTATIONS = Map.of(
            "summary", "Redis is down on portal-redis",
            "description", "portal-redis has not answered a PING for 1 minute.");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FakeServices services = FakeServices.start();

    @AfterEach
    void stopServices() {
        services.close();
    }

    @Test
    void notifiesAllThreeReceiversOnceWhenAnAlertFiresAndOnceWhenItResolves() throws Exception {
        try (RealAlertmanager alertmanager = RealAlertmanager.start(receivers(services.url()))) {
            alertmanager.fire(LABELS, ANNOTATIONS);

            Request webhook = await(alertmanager, "firing webhook",
                    r -> r.path().equals(WEBHOOK) && r.json().path("status").asString().equals("firing"));
            Request trigger = await(alertmanager, "PagerDuty trigger",
                    r -> r.path().equals("/v2/enqueue") && r.json().path("event_action").asString().equals("trigger"));
            Request create = await(alertmanager, "Opsgenie create", r -> r.path().equals("/v2/alerts"));

            JsonNode firing = webhook.json();
            assertThat(firing.path("externalURL").asString()).isEqualTo(alertmanager.url().toString());
            assertThat(firing.path("alerts").path(0).path("labels")).isEqualTo(JSON.valueToTree(LABELS));
            assertThat(firing.path("alerts").path(0).path("annotations")).isEqualTo(JSON.valueToTree(ANNOTATIONS));
            String dedupKey = sha256(firing.path("groupKey").asString());
            assertThat(trigger.json().path("routing_key").asString()).isEqualTo(KEY);
            assertThat(trigger.json().path("dedup_key").asString()).isEqualTo(dedupKey);
            assertThat(create.header("Authorization")).isEqualTo("GenieKey " + KEY);
            assertThat(create.json().path("alias").asString()).isEqualTo(dedupKey);
            assertThat(create.json().path("details")).isEqualTo(JSON.valueToTree(LABELS));

            alertmanager.resolve(LABELS);

            Request resolved = await(alertmanager, "resolved webhook",
                    r -> r.path().equals(WEBHOOK) && r.json().path("status").asString().equals("resolved"));
            Request resolve = await(alertmanager, "PagerDuty resolve",
                    r -> r.path().equals("/v2/enqueue") && r.json().path("event_action").asString().equals("resolve"));
            Request close = await(alertmanager, "Opsgenie close",
                    r -> r.path().equals("/v2/alerts/" + dedupKey + "/close"));

            assertThat(resolved.json().path("alerts").path(0).path("annotations"))
                    .isEqualTo(JSON.valueToTree(ANNOTATIONS));
            assertThat(resolve.json().path("dedup_key").asString()).isEqualTo(dedupKey);
            assertThat(close.query()).isEqualTo("identifierType=alias");
            assertThat(close.header("Authorization")).isEqualTo("GenieKey " + KEY);
            assertThat(services.requests()).hasSize(6).allSatisfy(request -> {
                assertThat(request.method()).isEqualTo("POST");
                assertThat(request.header("Content-Type")).isEqualTo("application/json");
                assertThat(request.header("User-Agent")).isEqualTo("Alertmanager/0.25.0");
            });
        }
    }

    private static String receivers(String services) {
        return """
                receivers:
                  - name: tocsin
                    webhook_configs:
                      - url: %1$s/api/v1/integrations/%2$s/alertmanager
                    pagerduty_configs:
                      - routing_key: %2$s
                        url: %1$s/v2/enqueue
                    opsgenie_configs:
                      - api_key: %2$s
                        api_url: %1$s/
                """.formatted(services, KEY);
    }

    private Request await(RealAlertmanager alertmanager, String what, Predicate<Request> match)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Optional<Request> found = services.requests().stream().filter(match).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No " + what + " within " + TIMEOUT + "; received " + services.requests()
                + "\nAlertmanager's output:\n" + alertmanager.log());
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8)));
    }

    private record Request(String method, String path, String query, Headers headers, String body) {

        String header(String name) {
            return headers.getFirst(name);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** Records every request and answers as the webhook, PagerDuty and Opsgenie do. */
    private static final class FakeServices implements AutoCloseable {

        private final HttpServer server;
        private final List<Request> requests = new CopyOnWriteArrayList<>();

        private FakeServices(HttpServer server) {
            this.server = server;
        }

        static FakeServices start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                FakeServices services = new FakeServices(server);
                server.createContext("/", services::handle);
                server.start();
                return services;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        List<Request> requests() {
            return List.copyOf(requests);
        }

        private void handle(HttpExchange exchange) throws IOException {
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), Headers.of(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), UTF_8));
            requests.add(request);
            if (request.path().equals("/v2/enqueue")) {
                String dedupKey = request.json().path("dedup_key").asString(UUID.randomUUID().toString());
                respond(exchange, 202, JSON.writeValueAsString(Map.of(
                        "status", "success", "message", "Event processed", "dedup_key", dedupKey)));
            } else if (request.path().startsWith("/v2/alerts")) {
                respond(exchange, 202, JSON.writeValueAsString(Map.of(
                        "result", "Request will be processed", "took", 0.1, "requestId", UUID.randomUUID())));
            } else {
                respond(exchange, 200, "");
            }
        }

        private static void respond(HttpExchange exchange, int status, String json) throws IOException {
            byte[] body = json.getBytes(UTF_8);
            if (body.length > 0) {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
