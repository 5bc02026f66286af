package dev.tocsin.runbook.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tocsin.runbook.RunbookSources;
import dev.tocsin.runbook.Step;
import dev.tocsin.runbook.StepKind;
import dev.tocsin.runbook.internal.run.StepResult.Status;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Runs HTTP steps against a real HTTP server on an ephemeral port. */
class HttpExecutorTest {

    private static final String HEALTH = "{\"checks\":{\"cache\":{\"status\":\"ok\"},\"queue\":null,\"db\":false},"
            + "\"nodes\":[{\"name\":\"a\"}],\"odd key\":1}";

    private final AtomicReference<String> received = new AtomicReference<>();
    private HttpServer server;
    private String base;
    private HttpExecutor executor;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/health", exchange -> answer(exchange, 200, HEALTH));
        server.createContext("/down", exchange -> answer(exchange, 503, "{\"status\":\"down\"}"));
        server.createContext("/echo", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.set(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("X-Team")
                    + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " " + body);
            answer(exchange, 201, "made");
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        executor = executor(Map.of("BFF_URL", base, "TEAM", "crm"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.destroy();
    }

    @Test
    void a_jq_path_that_holds_succeeds_with_the_selected_value() {
        StepResult result = executor.run(get(base + "/health", ".checks.cache"), false);

        assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).startsWith("HTTP 200\n{").contains("\"status\"").contains("\"ok\"");
    }

    @Test
    void a_missing_null_or_false_path_fails_like_jq_e() {
        assertThat(executor.run(get(base + "/health", ".checks.missing"), false).output())
                .contains("the answer has no .checks.missing");
        StepResult nullQueue = executor.run(get(base + "/health", ".checks.queue"), false);
        assertThat(nullQueue.status()).isEqualTo(Status.FAILED);
        assertThat(nullQueue.exitCode()).isEqualTo(1);
        assertThat(nullQueue.output()).startsWith("HTTP 200\n").contains("no .checks.queue");
        assertThat(executor.run(get(base + "/health", ".checks.db"), false).output()).contains(".checks.db is false");
    }

    @Test
    void array_indexes_quoted_keys_and_the_whole_answer_are_paths_too() {
        assertThat(executor.run(get(base + "/health", ".nodes[0].name"), false).output()).isEqualTo("HTTP 200\n\"a\"");
        assertThat(executor.run(get(base + "/health", ".[\"odd key\"]"), false).output()).isEqualTo("HTTP 200\n1");
        assertThat(executor.run(get(base + "/health", "."), false).status()).isEqualTo(Status.SUCCEEDED);
        assertThat(executor.run(get(base + "/health", ".nodes[3]"), false).status()).isEqualTo(Status.FAILED);
    }

    @Test
    void a_jq_program_is_refused_with_the_filters_that_work() {
        StepResult result = executor.run(get(base + "/health", ".checks | keys"), false);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.output()).contains("simple jq paths only").contains(".a[0]");
    }

    @Test
    void a_non_2xx_answer_fails_and_says_the_status_first() {
        StepResult result = executor.run(get(base + "/down", null), false);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).isEqualTo("HTTP 503\n{\"status\":\"down\"}");
    }

    @Test
    void method_headers_and_body_reach_the_server_intact() {
        Step.Http post = new Step.Http(basics("curl -X POST"), "POST", base + "/echo",
                Map.of("X-Team", "${TEAM}", "Content-Type", "application/json"),
                Optional.of("{\"reason\":\"test\"}"), Optional.empty());

        StepResult result = executor.run(post, false);

        assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(result.output()).isEqualTo("HTTP 201\nmade");
        assertThat(received.get()).isEqualTo("POST crm application/json {\"reason\":\"test\"}");
    }

    @Test
    void variables_in_the_url_come_from_the_servers_environment() {
        StepResult result = executor.run(get("$BFF_URL/health", ".checks.cache.status"), false);

        assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(result.output()).isEqualTo("HTTP 200\n\"ok\"");
    }

    @Test
    void an_unset_variable_fails_naming_it() {
        StepResult result = executor.run(get("${WHMCS_API_URL}/health", null), false);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.output())
                .isEqualTo("the URL names $WHMCS_API_URL, which is not set in the server's environment");
    }

    @Test
    void a_closed_port_fails_with_could_not_connect() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closed + "/health";

        StepResult result = executor.run(get(url, null), false);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.output()).isEqualTo("could not connect to " + url + ": connection refused");
    }

    @Test
    void a_variable_named_like_a_credential_or_a_tocsin_setting_is_never_sent() {
        HttpExecutor withSecrets = executor(Map.of("BFF_URL", base, "API_TOKEN", "t0ps3cret",
                "TOCSIN_DATABASE_URL", "jdbc:postgresql://db/tocsin"));
        Step.Http leaky = new Step.Http(basics("curl -X POST"), "POST", base + "/echo", Map.of(),
                Optional.of("db=$TOCSIN_DATABASE_URL"), Optional.empty());
        try {
            StepResult token = withSecrets.run(get("$BFF_URL/health?token=$API_TOKEN", null), false);
            StepResult setting = withSecrets.run(leaky, false);

            assertThat(token.status()).isEqualTo(Status.FAILED);
            assertThat(token.output()).contains("names $API_TOKEN, which Tocsin does not hand to runbook steps");
            assertThat(setting.output()).contains("names $TOCSIN_DATABASE_URL, which Tocsin does not hand");
            assertThat(received.get()).as("nothing reached the server").isNull();
        } finally {
            withSecrets.destroy();
        }
    }

    private HttpExecutor executor(Map<String, String> environment) {
        RunbookSources none = new RunbookSources(Map.of(), Map.of());
        return new HttpExecutor(new Redactor(none), JsonMapper.builder().build(), environment::get);
    }

    private static Step.Http get(String url, String jq) {
        return new Step.Http(basics("curl " + url), "GET", url, Map.of(), Optional.empty(), Optional.ofNullable(jq));
    }

    private static Step.Basics basics(String command) {
        return new Step.Basics("diagnosis-1", "health", command, StepKind.DIAGNOSTIC, false, Duration.ofSeconds(5));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
