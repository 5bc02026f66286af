package dev.tocsin.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The example in docs/channels.md, computed there with Python's hmac and with openssl. */
    @Test
    void the_documented_example_signs_as_python_and_openssl_do() {
        assertThat(WebhookSignature.sign("whsec-example-0123456789abcdef0123", 1764494100L,
                "{\"version\":1,\"event\":\"page\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("v1=41cd0042c48b77b6b9a3d65477f3601847407610679fbbea218e889db7b8a4de");
    }
}
