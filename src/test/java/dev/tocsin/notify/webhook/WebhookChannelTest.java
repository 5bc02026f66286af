package dev.tocsin.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.notify.LocalReceiver;
import dev.tocsin.notify.LocalReceiver.Answer;
import dev.tocsin.notify.LocalReceiver.Received;
import dev.tocsin.notify.Pages;
import dev.tocsin.notify.http.AddressPolicy;
import dev.tocsin.notify.http.GuardedHttpClient;
import dev.tocsin.notify.spi.SendOutcome.Delivered;
import dev.tocsin.notify.spi.SendOutcome.Failed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The receiver checks the signature as docs/channels.md tells receivers to, with none of our code. */
class WebhookChannelTest {

    private static final String SERVER_SECRET = "server-secret-0123456789-abcdefghijklmnop";

    private final LocalReceiver receiver = new LocalReceiver();
    // Local receivers run on 127.0.0.1: these tests use the operator's allowance.
    private final GuardedHttpClient http = new GuardedHttpClient(new AddressPolicy(true, List.of()));
    private final WebhookChannel channel = new WebhookChannel(http, () -> SERVER_SECRET);

    @AfterEach
    void stop() throws Exception {
        receiver.close();
        http.close();
    }

    /** What a receiver does: HMAC-SHA256 over "{timestamp}.{body}" with the shared secret, compared in constant time. */
    private static boolean signatureHolds(Received request, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "v1=" + HexFormat.of().formatHex(mac.doFinal(
                (request.header("X-Tocsin-Timestamp") + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                request.header("X-Tocsin-Signature").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_page_arrives_as_signed_json_with_its_idempotency_key() throws Exception {
        assertThat(channel.send(Pages.two(), receiver.url("/tocsin").toString())).isEqualTo(new Delivered(null));

        Received request = receiver.received().getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/tocsin");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.header("Idempotency-Key")).isEqualTo("delivery-42-2");
        assertThat(request.header("X-Tocsin-Timestamp")).isEqualTo(Long.toString(Pages.SENT_AT.getEpochSecond()));
        assertThat(request.header("X-Tocsin-Signature")).matches("v1=[0-9a-f]{64}");
        assertThat(signatureHolds(request, SERVER_SECRET)).isTrue();
        assertThat(signatureHolds(request, "another-secret-0123456789-abcdefghijkl")).isFalse();

        JsonNode json = JsonMapper.shared().readTree(request.body());
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.get("event").asString()).isEqualTo("page");
        assertThat(json.get("idempotencyKey").asString()).isEqualTo("delivery-42-2");
        assertThat(json.get("sentAt").asString()).isEqualTo("2026-11-30T09:15:00Z");
        assertThat(json.get("recipient").get("username").asString()).isEqualTo("maya.ortiz");
        assertThat(json.get("recipient").get("displayName").asString()).isEqualTo("Maya Ortiz");
        JsonNode first = json.get("incidents").get(0);
        assertThat(json.get("incidents")).hasSize(2);
        assertThat(first.get("reference").asString()).isEqualTo("INC-7");
        assertThat(first.get("title").asString()).isEqualTo("Portal unreachable");
        assertThat(first.get("severity").asString()).isEqualTo("P1");
        assertThat(first.get("status").asString()).isEqualTo("triggered");
        assertThat(first.get("reason").asString()).isEqualTo("L1 on-call");
        assertThat(first.get("links").get("open").asString()).isEqualTo("https://tocsin.example.com/incidents/INC-7");
        assertThat(first.get("links").get("acknowledge").asString())
                .isEqualTo("https://tocsin.example.com/ack/eyJpbmMiOjd9.c2lnbmF0dXJl");
    }

    @Test
    void an_address_with_its_own_secret_is_signed_with_it_and_the_secret_is_not_sent() throws Exception {
        String own = "receivers-own-secret-42";
        assertThat(channel.send(Pages.one(), receiver.url("/hook?team=web").toString() + "#secret=" + own))
                .isInstanceOf(Delivered.class);

        Received request = receiver.received().getFirst();
        assertThat(request.path()).isEqualTo("/hook?team=web");
        assertThat(signatureHolds(request, own)).isTrue();
        assertThat(signatureHolds(request, SERVER_SECRET)).isFalse();
    }

    @Test
    void a_retry_carries_the_same_idempotency_key() {
        receiver.answering(request -> receiver.received().size() == 1 ? Answer.of(503) : Answer.of(204));

        assertThat(channel.send(Pages.one(), receiver.url("/hook").toString())).isEqualTo(new Failed("HTTP 503", false));
        assertThat(channel.send(Pages.one(), receiver.url("/hook").toString())).isEqualTo(new Delivered(null));
        assertThat(receiver.received()).extracting(r -> r.header("Idempotency-Key"))
                .containsExactly("delivery-41-7", "delivery-41-7");
    }

    @Test
    void answers_decide_whether_to_retry() {
        receiver.answering(request -> new Answer(429, Map.of("Retry-After", "30"), ""));
        assertThat(channel.send(Pages.one(), receiver.url("/hook").toString()))
                .isEqualTo(new Failed("HTTP 429; retry after 30 s", false));
        receiver.answering(request -> new Answer(410, Map.of(), "gone"));
        assertThat(channel.send(Pages.one(), receiver.url("/hook").toString()))
                .isEqualTo(new Failed("HTTP 410: gone", true));
    }

    @Test
    void without_the_allowance_a_local_receiver_is_refused() throws Exception {
        try (GuardedHttpClient strict = new GuardedHttpClient(AddressPolicy.STRICT)) {
            WebhookChannel guarded = new WebhookChannel(strict, () -> SERVER_SECRET);
            assertThat(guarded.problemWith(receiver.url("/hook").toString()))
                    .hasValueSatisfying(why -> assertThat(why).contains("127.0.0.1 is a loopback address"));
            assertThat(guarded.send(Pages.one(), receiver.url("/hook").toString()))
                    .isInstanceOfSatisfying(Failed.class, failed -> assertThat(failed.permanent()).isTrue());
        }
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void malformed_addresses_are_refused_when_saved() {
        assertThat(channel.problemWith("https://hooks.example.com/tocsin")).isEmpty();
        assertThat(channel.problemWith("ftp://hooks.example.com/")).hasValue("ftp://hooks.example.com/ is not an http(s) URL");
        assertThat(channel.problemWith("https://hooks.example.com/#secret=short"))
                .hasValue("a webhook's own signing secret needs at least 16 characters (openssl rand -hex 32)");
        assertThat(channel.problemWith("https://hooks.example.com/#top")).isPresent();
        assertThat(channel.problemWith("not a url")).isPresent();
    }
}
