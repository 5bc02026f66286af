package dev.tocsin.runbook.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.runbook.RunbookSources;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private final Redactor redactor = new Redactor(new RunbookSources(
            Map.of("crm", new RunbookSources.DataSource("jdbc:postgresql://db/crm", "readonly", "pw-123"),
                    "local", new RunbookSources.DataSource("jdbc:postgresql://127.0.0.1/test", "postgres", "")),
            Map.of("default", "redis://:r3dis-secret@cache:6379",
                    "sessions", "redis://app:s3ssion-pass@sessions:6379/1",
                    "plain", "redis://127.0.0.1:6379")));

    @Test
    void masks_a_configured_data_source_password_wherever_it_appears() {
        assertThat(redactor.redact("?column?\npw-123\n")).isEqualTo("?column?\n***\n");
    }

    @Test
    void a_blank_password_masks_nothing() {
        assertThat(redactor.redact("usename\npostgres")).isEqualTo("usename\npostgres");
    }

    @Test
    void masks_the_password_of_configured_redis_urls_with_and_without_a_user() {
        assertThat(redactor.redact("AUTH r3dis-secret")).isEqualTo("AUTH ***");
        assertThat(redactor.redact("auth failed for s3ssion-pass")).isEqualTo("auth failed for ***");
    }

    @Test
    void masks_the_password_in_any_url() {
        assertThat(redactor.redact("redis-cli -u redis://:hunter2@10.0.0.1:6379 PING"))
                .isEqualTo("redis-cli -u redis://:***@10.0.0.1:6379 PING");
        assertThat(redactor.redact("psql postgresql://admin:topsecret@db:5432/crm"))
                .isEqualTo("psql postgresql://admin:***@db:5432/crm");
    }

    @Test
    void masks_key_value_secrets_and_keeps_the_key() {
        assertThat(redactor.redact("jdbc:postgresql://db/crm?user=a&password=abc&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/crm?user=a&password=***&ssl=true");
        assertThat(redactor.redact("PGPASSWD=xyz psql")).isEqualTo("PGPASSWD=*** psql");
        assertThat(redactor.redact("curl 'https://api/x?token=t0k3n'")).isEqualTo("curl 'https://api/x?token=***'");
        assertThat(redactor.redact("CLIENT_SECRET=\"very secret\" ./run")).isEqualTo("CLIENT_SECRET=*** ./run");
        assertThat(redactor.redact("{\"password\": \"p\\\"w\"}")).isEqualTo("{\"password\": ***}");
    }

    @Test
    void leaves_words_that_only_look_like_keys() {
        assertThat(redactor.redact("tokens=5 secrets are kept")).isEqualTo("tokens=5 secrets are kept");
    }

    @Test
    void masks_bearer_tokens_in_authorization_headers() {
        assertThat(redactor.redact("curl -H 'Authorization: Bearer eyJhbGciOi.abc' https://x"))
                .isEqualTo("curl -H 'Authorization: Bearer ***' https://x");
        assertThat(redactor.redact("authorization: basic dXNlcjpwYXNz")).isEqualTo("authorization: basic ***");
    }

    @Test
    void masks_the_password_after_redis_cli_dash_a() {
        assertThat(redactor.redact("redis-cli -h cache -a 'p@ss word' INFO memory"))
                .isEqualTo("redis-cli -h cache -a *** INFO memory");
        assertThat(redactor.redact("redis-cli -a hunter2 --no-auth-warning PING"))
                .isEqualTo("redis-cli -a *** --no-auth-warning PING");
        assertThat(redactor.redact("ls -a /tmp")).isEqualTo("ls -a /tmp");
    }

    @Test
    void reads_the_password_part_of_redis_urls() {
        assertThat(Redactor.redisPassword("redis://:secret@host:6379")).isEqualTo("secret");
        assertThat(Redactor.redisPassword("rediss://user:secret@host:6379/2")).isEqualTo("secret");
        assertThat(Redactor.redisPassword("redis://host:6379")).isNull();
    }

    @Test
    void a_long_word_is_scanned_in_linear_time() {
        String word = "x".repeat(200_000);
        // Without bounds the URL pattern backtracked over the whole word at each position (minutes).
        assertThat(redactor.redact(word)).isEqualTo(word);
    }

    @Test
    void null_and_empty_pass_through() {
        assertThat(redactor.redact(null)).isNull();
        assertThat(redactor.redact("")).isEmpty();
    }
}
