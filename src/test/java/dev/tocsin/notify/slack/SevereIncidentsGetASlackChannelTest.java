package dev.tocsin.notify.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.tocsin.incident.DeclareIncident;
import dev.tocsin.incident.DetectionSource;
import dev.tocsin.incident.Incident;
import dev.tocsin.incident.IncidentChange;
import dev.tocsin.incident.IncidentStatus;
import dev.tocsin.incident.Incidents;
import dev.tocsin.support.TestClockConfiguration;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application with a Slack bot token, WireMock as slack.com/api (on 127.0.0.1, so with
 * the operator's allowance): declaring a P1 opens its channel, acknowledging it replies in the thread.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:tocsin-slack;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "tocsin.admin.token=test-admin-token-0123456789", "tocsin.admin.password=test-admin-password",
        "db-scheduler.enabled=false", "tocsin.slack.bot-token=xoxb-test", "tocsin.notify.allow-private-addresses=true"})
@Import(TestClockConfiguration.class)
class SevereIncidentsGetASlackChannelTest {

    private static final WireMockServer SLACK = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

    @DynamicPropertySource
    static void slack(DynamicPropertyRegistry registry) {
        SLACK.start();
        registry.add("tocsin.slack.api-url", () -> SLACK.baseUrl() + "/api");
    }

    @AfterAll
    static void stop() {
        SLACK.stop();
    }

    @Autowired
    Incidents incidents;

    @Test
    void a_p1_gets_a_channel_and_its_acknowledgement_is_threaded() {
        SLACK.stubFor(post(urlEqualTo("/api/conversations.create"))
                .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"C0INC\"}}")));
        SLACK.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\":true,\"channel\":\"C0INC\",\"ts\":\"1764493200.000100\"}")));

        Incident incident = incidents.declare(new DeclareIncident("Portal unreachable", "P1", List.of(),
                "customer-portal", DetectionSource.INTERNAL, false, null, null, null), "maya.ortiz");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> SLACK.verify(1,
                postRequestedFor(urlEqualTo("/api/chat.postMessage"))
                        .withRequestBody(matchingJsonPath("$.channel", equalTo("C0INC")))
                        .withRequestBody(matchingJsonPath("$.text", equalTo("[P1] " + incident.reference()
                                + " Portal unreachable")))));
        SLACK.verify(postRequestedFor(urlEqualTo("/api/conversations.create"))
                .withHeader("Authorization", equalTo("Bearer xoxb-test"))
                .withRequestBody(equalToJson("{\"name\": \"inc-" + incident.number() + "-portal-unreachable\","
                        + " \"is_private\": false}")));

        incidents.change(incident.reference(), new IncidentChange(IncidentStatus.ACKNOWLEDGED, null, null, null, null),
                "maya.ortiz");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> SLACK.verify(1,
                postRequestedFor(urlEqualTo("/api/chat.postMessage")).withRequestBody(equalToJson("""
                        {"channel": "C0INC", "thread_ts": "1764493200.000100",
                         "text": "Status changed from triggered to acknowledged by maya.ortiz."}
                        """))));

        Incident minor = incidents.declare(new DeclareIncident("Search is slow", "P3", List.of(),
                "customer-portal", DetectionSource.INTERNAL, false, null, null, null), "maya.ortiz");
        incidents.change(minor.reference(), new IncidentChange(null, "P2", null, null, null), "maya.ortiz");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> SLACK.verify(1,
                postRequestedFor(urlEqualTo("/api/conversations.create")).withRequestBody(equalToJson(
                        "{\"name\": \"inc-" + minor.number() + "-search-is-slow\", \"is_private\": false}"))));
    }
}
