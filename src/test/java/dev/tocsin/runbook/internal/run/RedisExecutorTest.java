package dev.tocsin.runbook.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.runbook.RunbookSources;
import dev.tocsin.runbook.Step;
import dev.tocsin.runbook.StepKind;
import dev.tocsin.runbook.internal.run.StepResult.Status;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** Runs Redis steps on the real Redis at 127.0.0.1:6379, each test under keys of its own. */
class RedisExecutorTest {

    private static final String URL = System.getenv().getOrDefault("TOCSIN_TEST_REDIS_URL", "redis://127.0.0.1:6379");

    private final RunbookSources sources = new RunbookSources(Map.of(), Map.of("default", URL));
    private final RedisExecutor executor = new RedisExecutor(sources, new Redactor(sources));
    private final String prefix = "tocsin-test-" + System.nanoTime() + "-";

    @AfterEach
    void deleteKeys() {
        try (Jedis jedis = new Jedis(URI.create(URL))) {
            jedis.keys(prefix + "*").forEach(jedis::del);
        }
    }

    @Test
    void ping_answers_pong() {
        StepResult result = executor.run(redis("PING"), false);

        assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).isEqualTo("PONG");
    }

    @Test
    void integers_read_like_redis_cli() {
        executor.run(redis("RPUSH", prefix + "events", "a", "b", "c"), true);

        StepResult result = executor.run(redis("LLEN", prefix + "events"), false);

        assertThat(result.output()).isEqualTo("(integer) 3");
    }

    @Test
    void arrays_are_numbered_lines_of_quoted_strings() {
        executor.run(redis("RPUSH", prefix + "events", "a", "b", "c"), true);

        StepResult result = executor.run(redis("lrange", prefix + "events", "0", "-1"), false);

        assertThat(result.output()).isEqualTo("1) \"a\"\n2) \"b\"\n3) \"c\"");
        assertThat(executor.run(redis("LRANGE", prefix + "none", "0", "-1"), false).output())
                .isEqualTo("(empty array)");
    }

    @Test
    void a_missing_key_is_nil() {
        StepResult result = executor.run(redis("GET", prefix + "missing"), false);

        assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(result.output()).isEqualTo("(nil)");
    }

    @Test
    void info_memory_is_the_servers_text() {
        StepResult result = executor.run(redis("INFO", "memory"), false);

        assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(result.output()).contains("used_memory");
    }

    @Test
    void an_unknown_command_is_a_failed_step_with_the_servers_error() {
        StepResult result = executor.run(redis("NOSUCHCOMMAND", "x"), false);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).startsWith("(error) ").containsIgnoringCase("unknown command");
    }

    @Test
    void an_unknown_connection_says_how_to_configure_it() {
        StepResult result = executor.run(new Step.Redis(basics("PING"), "sessions", List.of("PING")), false);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.output()).contains("tocsin.runbooks.redis.sessions").contains("known: [default]");
    }

    @Test
    void a_redis_that_does_not_answer_fails_the_step() {
        RunbookSources closed = new RunbookSources(Map.of(), Map.of("default", "redis://:hunter2@127.0.0.1:1"));
        StepResult result = new RedisExecutor(closed, new Redactor(closed)).run(redis("PING"), false);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.output()).startsWith("could not reach Redis connection 'default'").doesNotContain("hunter2");
    }

    private static Step.Redis redis(String... arguments) {
        return new Step.Redis(basics(String.join(" ", arguments)), "default", List.of(arguments));
    }

    private static Step.Basics basics(String command) {
        return new Step.Basics("diagnosis-1", "redis", "redis-cli " + command, StepKind.DIAGNOSTIC, false,
                Duration.ofSeconds(5));
    }
}
