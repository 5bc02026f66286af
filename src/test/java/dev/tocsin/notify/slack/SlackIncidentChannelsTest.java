package dev.tocsin.notify.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.tocsin.incident.Incident;
import dev.tocsin.incident.IncidentStatus;
import dev.tocsin.notify.http.AddressPolicy;
import dev.tocsin.notify.http.GuardedHttpClient;
import dev.tocsin.notify.slack.SlackIncidentChannels.IncidentFacts;
import dev.tocsin.notify.slack.SlackIncidentThreads.Thread;
import dev.tocsin.notify.spi.SendOutcome.Delivered;
import dev.tocsin.notify.spi.SendOutcome.Failed;
import dev.tocsin.support.Fixtures;
import dev.tocsin.support.MutableClock;
import dev.tocsin.support.TestDatabases;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/** WireMock stands in for slack.com/api, on 127.0.0.1 (with the operator's allowance); threads kept on H2. */
class SlackIncidentChannelsTest {

    private static final String TOKEN = "xoxb-1111-2222-test";
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    private final WireMockServer slack = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    private final GuardedHttpClient http = new GuardedHttpClient(new AddressPolicy(true, List.of()));
    private final JdbcClient jdbc = TestDatabases.h2().jdbc();
    private final SlackIncidentThreads threads = new SlackIncidentThreads(jdbc, new MutableClock(NOW),
            TransactionOperations.withoutTransaction());
    private SlackIncidentChannels channels;

    @BeforeEach
    void start() {
        slack.start();
        channels = new SlackIncidentChannels(new SlackApi(http, URI.create(slack.baseUrl() + "/api"), TOKEN), threads,
                Set.of("P1", "P2"));
        Fixtures.organization(jdbc);
    }

    @AfterEach
    void stop() throws Exception {
        slack.stop();
        http.close();
    }

    private IncidentFacts incident(String severity, String title) {
        Incident incident = Fixtures.incident(jdbc, severity, IncidentStatus.TRIGGERED, NOW, List.of());
        return new IncidentFacts(incident.id(), incident.number(), incident.reference(), title, severity, "triggered");
    }

    private void slackCreates(String name, String channelId) {
        slack.stubFor(post(urlEqualTo("/api/conversations.create"))
                .withRequestBody(matchingJsonPath("$.name", equalTo(name)))
                .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"" + channelId + "\",\"name\":\"" + name + "\"}}")));
    }

    private void slackPosts(String ts) {
        slack.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\":true,\"channel\":\"C0INC7\",\"ts\":\"" + ts + "\"}")));
    }

    @Test
    void two_events_opening_one_incidents_channel_at_once_create_it_once() throws Exception {
        IncidentFacts incident = incident("P1", "Portal unreachable");
        String name = "inc-" + incident.number() + "-portal-unreachable";
        // Slack answers slowly, so the second opener asks while the first still waits: as the declaring
        // event and a severity raised at once do, each in a listener of its own.
        slack.stubFor(post(urlEqualTo("/api/conversations.create")).willReturn(okJson(
                "{\"ok\":true,\"channel\":{\"id\":\"C0INC7\",\"name\":\"" + name + "\"}}")
                .withFixedDelay(500)));
        slackPosts("1764493200.000100");

        try (var openers = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var first = openers.submit(() -> channels.open(incident));
            var second = openers.submit(() -> channels.open(incident));
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(
                    Optional.of(new Delivered("1764493200.000100")), Optional.empty());
        }

        slack.verify(1, postRequestedFor(urlEqualTo("/api/conversations.create")));
    }

    @Test
    void a_channel_slack_failed_to_open_can_be_opened_by_a_retry() {
        IncidentFacts incident = incident("P1", "Portal unreachable");
        slack.stubFor(post(urlEqualTo("/api/conversations.create")).willReturn(aResponse().withStatus(503)));
        assertThat(channels.open(incident)).hasValueSatisfying(outcome -> assertThat(outcome).isInstanceOf(Failed.class));

        slack.resetAll();
        slackCreates("inc-" + incident.number() + "-portal-unreachable", "C0INC7");
        slackPosts("1764493200.000100");

        assertThat(channels.open(incident)).hasValue(new Delivered("1764493200.000100"));
    }

    @Test
    void a_severe_incident_gets_a_channel_with_its_summary_and_updates_reply_in_its_thread() {
        IncidentFacts incident = incident("P1", "Portal unreachable");
        String name = "inc-" + incident.number() + "-portal-unreachable";
        slackCreates(name, "C0INC7");
        slackPosts("1764493200.000100");

        assertThat(channels.open(incident)).hasValue(new Delivered("1764493200.000100"));

        slack.verify(1, postRequestedFor(urlEqualTo("/api/conversations.create"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
                .withRequestBody(equalToJson("{\"name\": \"" + name + "\", \"is_private\": false}")));
        slack.verify(1, postRequestedFor(urlEqualTo("/api/chat.postMessage"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(equalToJson("""
                        {"channel": "C0INC7", "text": "[P1] %1$s Portal unreachable",
                         "blocks": [{"type": "section", "text": {"type": "mrkdwn",
                           "text": "*[P1] %1$s Portal unreachable*\\nStatus: triggered. Updates follow in this thread."}}]}
                        """.formatted(incident.reference()))));
        assertThat(threads.find(incident.id()))
                .hasValue(new Thread(incident.id(), "C0INC7", name, "1764493200.000100"));

        slackPosts("1764493260.000200");
        assertThat(channels.update(incident.id(), "Status changed from triggered to acknowledged by maya.ortiz."))
                .hasValue(new Delivered("1764493260.000200"));
        slack.verify(1, postRequestedFor(urlEqualTo("/api/chat.postMessage")).withRequestBody(equalToJson("""
                {"channel": "C0INC7", "thread_ts": "1764493200.000100",
                 "text": "Status changed from triggered to acknowledged by maya.ortiz."}
                """)));

        // Declared twice (an event redelivered): the channel is not opened again.
        assertThat(channels.open(incident)).hasValue(new Delivered("1764493200.000100"));
        slack.verify(1, postRequestedFor(urlEqualTo("/api/conversations.create")));
    }

    @Test
    void a_taken_channel_name_gets_a_suffix() {
        IncidentFacts incident = incident("P2", "Checkout errors");
        String name = "inc-" + incident.number() + "-checkout-errors";
        slack.stubFor(post(urlEqualTo("/api/conversations.create"))
                .withRequestBody(matchingJsonPath("$.name", equalTo(name)))
                .willReturn(okJson("{\"ok\":false,\"error\":\"name_taken\"}")));
        slackCreates(name + "-2", "C0INC8");
        slackPosts("1764493300.000300");

        assertThat(channels.open(incident)).hasValue(new Delivered("1764493300.000300"));
        assertThat(threads.find(incident.id()).map(Thread::channelName)).hasValue(name + "-2");
    }

    @Test
    void a_lesser_incident_gets_no_channel_and_its_updates_go_nowhere() {
        IncidentFacts incident = incident("P3", "Search is slow");

        assertThat(channels.open(incident)).isEmpty();
        assertThat(channels.update(incident.id(), "Status changed.")).isEmpty();
        slack.verify(0, postRequestedFor(WireMock.anyUrl()));
    }

    @Test
    void a_rate_limit_is_retryable_and_leaves_nothing_half_done() {
        IncidentFacts incident = incident("P1", "Portal unreachable");
        slack.stubFor(post(urlEqualTo("/api/conversations.create"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));

        assertThat(channels.open(incident)).hasValue(new Failed("HTTP 429; retry after 30 s", false));
        assertThat(threads.find(incident.id())).isEmpty();
    }

    @Test
    void slack_errors_in_the_body_are_permanent_unless_slack_says_they_are_temporary() {
        IncidentFacts incident = incident("P1", "Portal unreachable");
        slack.stubFor(post(urlEqualTo("/api/conversations.create"))
                .willReturn(okJson("{\"ok\":false,\"error\":\"missing_scope\"}")));
        assertThat(channels.open(incident)).hasValue(new Failed("Slack conversations.create: missing_scope", true));

        slack.stubFor(post(urlEqualTo("/api/conversations.create"))
                .willReturn(okJson("{\"ok\":false,\"error\":\"ratelimited\"}")));
        assertThat(channels.open(incident)).hasValue(new Failed("Slack conversations.create: ratelimited", false));
        assertThat(threads.find(incident.id())).isEqualTo(Optional.empty());
    }
}
