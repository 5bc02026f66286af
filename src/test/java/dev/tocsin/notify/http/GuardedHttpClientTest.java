package dev.tocsin.notify.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tocsin.notify.LocalReceiver;
import dev.tocsin.notify.LocalReceiver.Answer;
import dev.tocsin.notify.http.HttpExchange.Answered;
import dev.tocsin.notify.spi.SendOutcome;
import dev.tocsin.notify.spi.SendOutcome.Delivered;
import dev.tocsin.notify.spi.SendOutcome.Failed;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.hc.core5.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The guard runs without the operator's allowance here, except where a test says it grants one. */
class GuardedHttpClientTest {

    private final LocalReceiver receiver = new LocalReceiver();

    @AfterEach
    void stop() {
        receiver.close();
    }

    /** A name service that knows only a few made-up names, so no test depends on real DNS. */
    private static InetAddress[] fakeDns(String host) throws UnknownHostException {
        return switch (host) {
            case "hooks.partner.test" -> new InetAddress[] {InetAddress.getByName("10.0.0.5")};
            case "mixed.partner.test" -> new InetAddress[] {InetAddress.getByName("93.184.215.14"),
                    InetAddress.getByName("192.168.0.9")};
            case "receiver.test", "localhost" -> new InetAddress[] {InetAddress.getByName("127.0.0.1")};
            default -> throw new UnknownHostException(host);
        };
    }

    private static SendOutcome post(GuardedHttpClient client, String url) {
        HttpExchange exchange = client.post(URI.create(url), ContentType.APPLICATION_JSON,
                "{}".getBytes(StandardCharsets.UTF_8), Map.of());
        return HttpOutcomes.of(exchange, answered -> new Delivered(answered.body()));
    }

    @Test
    void loopback_by_address_by_name_and_inside_ipv6_is_refused_permanently() throws Exception {
        try (GuardedHttpClient client = new GuardedHttpClient(AddressPolicy.STRICT)) {
            assertThat(post(client, "http://127.0.0.1:" + receiver.port() + "/hook")).isEqualTo(new Failed(
                    "refused to connect to 127.0.0.1: 127.0.0.1 is a loopback address; an operator can allow it with"
                            + " tocsin.notify.allowed-networks or tocsin.notify.allow-private-addresses=true", true));
            assertThat(post(client, "http://localhost:" + receiver.port() + "/hook"))
                    .isInstanceOfSatisfying(Failed.class, failed -> {
                        assertThat(failed.permanent()).isTrue();
                        assertThat(failed.reason()).startsWith("refused to connect to localhost: ").contains("loopback address");
                    });
            assertThat(post(client, "http://[::ffff:127.0.0.1]:" + receiver.port() + "/hook"))
                    .isInstanceOfSatisfying(Failed.class, failed -> {
                        assertThat(failed.permanent()).isTrue();
                        assertThat(failed.reason()).contains("[::ffff:127.0.0.1]", "loopback address");
                    });
            assertThat(post(client, "http://[::1]:" + receiver.port() + "/hook"))
                    .isInstanceOfSatisfying(Failed.class, failed -> assertThat(failed.permanent()).isTrue());
        }
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void the_resolver_itself_refuses_literal_and_resolved_internal_addresses() {
        GuardedDnsResolver resolver = new GuardedDnsResolver(AddressPolicy.STRICT, GuardedHttpClientTest::fakeDns);
        assertThatThrownBy(() -> new GuardedDnsResolver(AddressPolicy.STRICT).resolve("[::ffff:127.0.0.1]", 80))
                .isInstanceOf(AddressRefused.class).hasMessageContaining("loopback address");
        assertThatThrownBy(() -> resolver.resolve("hooks.partner.test")).isInstanceOf(AddressRefused.class)
                .hasMessageContaining("10.0.0.5 is a private address");
    }

    @Test
    void loopback_in_short_and_numeric_forms_is_refused_too() throws Exception {
        try (GuardedHttpClient client = new GuardedHttpClient(AddressPolicy.STRICT)) {
            for (String host : new String[] {"2130706433", "127.1", "0", "0.0.0.0", "[::]", "[::127.0.0.1]"}) {
                assertThat(post(client, "http://" + host + ":" + receiver.port() + "/hook")).as(host)
                        .isInstanceOfSatisfying(Failed.class, failed -> {
                            assertThat(failed.permanent()).isTrue();
                            assertThat(failed.reason()).contains(host); // refused, or (127.1) no host to URI
                        });
            }
        }
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void the_cloud_metadata_address_is_refused() throws Exception {
        try (GuardedHttpClient client = new GuardedHttpClient(AddressPolicy.STRICT)) {
            assertThat(post(client, "http://169.254.169.254/latest/meta-data/iam/security-credentials/"))
                    .isInstanceOfSatisfying(Failed.class, failed -> {
                        assertThat(failed.permanent()).isTrue();
                        assertThat(failed.reason()).contains("169.254.169.254 is a link-local address");
                    });
        }
    }

    @Test
    void a_name_resolving_to_a_private_address_is_refused_by_the_resolver() throws Exception {
        try (GuardedHttpClient client = new GuardedHttpClient(AddressPolicy.STRICT, GuardedHttpClientTest::fakeDns)) {
            assertThat(post(client, "https://hooks.partner.test/incoming")).isEqualTo(new Failed(
                    "refused to connect to hooks.partner.test: 10.0.0.5 is a private address; an operator can allow"
                            + " it with tocsin.notify.allowed-networks or tocsin.notify.allow-private-addresses=true",
                    true));
            assertThat(post(client, "https://mixed.partner.test/incoming"))
                    .isInstanceOfSatisfying(Failed.class, failed -> assertThat(failed.reason())
                            .contains("192.168.0.9 is a private address"));
        }
    }

    @Test
    void the_address_connected_to_is_the_one_the_resolver_checked() throws Exception {
        // receiver.test exists only in the fake name service: reaching the receiver proves the client
        // connected to the resolver's answer, with no lookup of its own.
        AddressPolicy loopbackOnly = new AddressPolicy(false, List.of(Cidr.parse("127.0.0.1/32")));
        try (GuardedHttpClient client = new GuardedHttpClient(loopbackOnly, GuardedHttpClientTest::fakeDns)) {
            assertThat(post(client, "http://receiver.test:" + receiver.port() + "/hook")).isEqualTo(new Delivered(""));
        }
        assertThat(receiver.received()).singleElement()
                .satisfies(request -> assertThat(request.header("Host")).isEqualTo("receiver.test:" + receiver.port()));
    }

    @Test
    void a_redirect_to_loopback_is_refused_and_not_followed() throws Exception {
        try (LocalReceiver inside = new LocalReceiver()) {
            receiver.answering(request -> new Answer(307, Map.of("Location", "http://127.0.0.2:" + inside.port()
                    + "/admin"), ""));
            AddressPolicy receiverOnly = new AddressPolicy(false, List.of(Cidr.parse("127.0.0.1/32")));
            try (GuardedHttpClient client = new GuardedHttpClient(receiverOnly)) {
                assertThat(post(client, receiver.url("/hook").toString())).isEqualTo(new Failed("HTTP 307: redirected"
                        + " to http://127.0.0.2:" + inside.port() + "/admin; redirects are not followed, set the"
                        + " final URL", true));
                // Had it been followed, the target is checked on its own address and refused too.
                assertThat(post(client, "http://127.0.0.2:" + inside.port() + "/admin"))
                        .isInstanceOfSatisfying(Failed.class, failed -> assertThat(failed.reason())
                                .contains("127.0.0.2 is a loopback address"));
            }
            assertThat(receiver.received()).hasSize(1);
            assertThat(inside.received()).isEmpty();
        }
    }

    @Test
    void with_the_operators_allowance_a_local_receiver_works() throws Exception {
        receiver.answering(request -> new Answer(200, Map.of(), "thanks"));
        try (GuardedHttpClient client = new GuardedHttpClient(new AddressPolicy(true, List.of()))) {
            assertThat(post(client, receiver.url("/hook").toString())).isEqualTo(new Delivered("thanks"));
        }
    }

    @Test
    void server_errors_and_rate_limits_are_retryable_client_errors_are_not() throws Exception {
        try (GuardedHttpClient client = new GuardedHttpClient(new AddressPolicy(true, List.of()))) {
            receiver.answering(request -> new Answer(429, Map.of("Retry-After", "7"), "slow down"));
            assertThat(post(client, receiver.url("/hook").toString()))
                    .isEqualTo(new Failed("HTTP 429: slow down; retry after 7 s", false));
            receiver.answering(request -> Answer.of(503));
            assertThat(post(client, receiver.url("/hook").toString())).isEqualTo(new Failed("HTTP 503", false));
            receiver.answering(request -> Answer.of(408));
            assertThat(post(client, receiver.url("/hook").toString())).isEqualTo(new Failed("HTTP 408", false));
            receiver.answering(request -> new Answer(404, Map.of(), "no such hook"));
            assertThat(post(client, receiver.url("/hook").toString()))
                    .isEqualTo(new Failed("HTTP 404: no such hook", true));
            receiver.close();
            assertThat(post(client, receiver.url("/hook").toString()))
                    .isInstanceOfSatisfying(Failed.class, failed -> assertThat(failed.permanent()).isFalse());
        }
    }

    @Test
    void only_so_much_of_an_answer_is_read() throws Exception {
        receiver.answering(request -> new Answer(200, Map.of(), "x".repeat(GuardedHttpClient.BODY_CAP * 3)));
        try (GuardedHttpClient client = new GuardedHttpClient(new AddressPolicy(true, List.of()))) {
            HttpExchange exchange = client.post(receiver.url("/hook"), ContentType.APPLICATION_JSON, new byte[0], Map.of());
            assertThat(exchange).isInstanceOfSatisfying(Answered.class,
                    answered -> assertThat(answered.body()).hasSize(GuardedHttpClient.BODY_CAP));
        }
    }

    @Test
    void only_http_urls_are_sent_to() throws Exception {
        try (GuardedHttpClient client = new GuardedHttpClient(AddressPolicy.STRICT)) {
            assertThat(post(client, "file:///etc/passwd")).isEqualTo(new Failed("file:///etc/passwd is not an http(s) URL", true));
            assertThat(post(client, "gopher://example.com/")).isInstanceOf(Failed.class);
        }
    }
}
