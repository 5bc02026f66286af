package dev.tocsin.notify.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.tocsin.incident.DeclareIncident;
import dev.tocsin.incident.DetectionSource;
import dev.tocsin.incident.Incident;
import dev.tocsin.incident.IncidentChange;
import dev.tocsin.incident.IncidentStatus;
import dev.tocsin.incident.Incidents;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Slack answers "service_unavailable" when a P1 is declared: the incident is declared all the same,
 * and the channel is created and its summary posted, once, when the event is resubmitted after
 * Slack is back (every second here; every 30 s by default, backing off). The summary reads the
 * incident as it is then, so an acknowledgement made meanwhile is in it.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:tocsin-slack-outage;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "tocsin.admin.token=test-admin-token-0123456789", "tocsin.admin.password=test-admin-password",
        "db-scheduler.enabled=true", "db-scheduler.polling-interval=100ms", "tocsin.events.resubmit-every=1s",
        "tocsin.slack.bot-token=xoxb-test", "tocsin.notify.allow-private-addresses=true"})
class ASlackOutageDelaysTheIncidentChannelUntilSlackIsBackTest {

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
    void the_channel_comes_once_slack_is_back() {
        SLACK.resetAll();
        String unavailable = "{\"ok\":false,\"error\":\"service_unavailable\"}";
        SLACK.stubFor(post(urlEqualTo("/api/conversations.create")).inScenario("outage").whenScenarioStateIs(STARTED)
                .willReturn(okJson(unavailable)).willSetStateTo("still down"));
        SLACK.stubFor(post(urlEqualTo("/api/conversations.create")).inScenario("outage")
                .whenScenarioStateIs("still down").willReturn(okJson(unavailable)).willSetStateTo("back"));
        SLACK.stubFor(post(urlEqualTo("/api/conversations.create")).inScenario("outage").whenScenarioStateIs("back")
                .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"C0INC\"}}")));
        SLACK.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\":true,\"channel\":\"C0INC\",\"ts\":\"1764493200.000100\"}")));

        Incident incident = incidents.declare(new DeclareIncident("Portal unreachable", "P1", List.of(),
                "customer-portal", DetectionSource.INTERNAL, false, null, null, null), "maya.ortiz");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> SLACK.verify(1,
                postRequestedFor(urlEqualTo("/api/chat.postMessage"))
                        .withRequestBody(matchingJsonPath("$.channel", equalTo("C0INC")))));
        assertThat(SLACK.findAll(postRequestedFor(urlEqualTo("/api/conversations.create"))
                .withRequestBody(matchingJsonPath("$.name", containing("inc-" + incident.number() + "-")))))
                .as("twice refused, then created").hasSize(3);
        assertThat(incidents.find(incident.reference())).isPresent();
    }

    @Test
    void an_incident_acknowledged_while_slack_is_down_gets_its_channel_showing_the_acknowledgement() {
        SLACK.resetAll();
        SLACK.stubFor(post(urlEqualTo("/api/conversations.create")).inScenario("down until told")
                .whenScenarioStateIs(STARTED).willReturn(okJson("{\"ok\":false,\"error\":\"service_unavailable\"}")));
        SLACK.stubFor(post(urlEqualTo("/api/conversations.create")).inScenario("down until told")
                .whenScenarioStateIs("back").willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"C0ACK\"}}")));
        SLACK.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\":true,\"channel\":\"C0ACK\",\"ts\":\"1764493300.000100\"}")));

        Incident incident = incidents.declare(new DeclareIncident("Checkout failing", "P1", List.of(),
                "customer-portal", DetectionSource.INTERNAL, false, null, null, null), "maya.ortiz");
        incidents.change(incident.reference(), new IncidentChange(IncidentStatus.ACKNOWLEDGED, null, null, null, null),
                "maya.ortiz");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                SLACK.findAll(postRequestedFor(urlEqualTo("/api/conversations.create"))).size() >= 2);
        SLACK.setScenarioState("down until told", "back");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> SLACK.verify(1,
                postRequestedFor(urlEqualTo("/api/chat.postMessage"))
                        .withRequestBody(matchingJsonPath("$.channel", equalTo("C0ACK")))
                        .withRequestBody(matchingJsonPath("$.blocks[0].text.text", containing("Status: acknowledged")))));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(SLACK.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage"))
                        .withRequestBody(matchingJsonPath("$.blocks[0].text.text", containing("Status: "))))).hasSize(1));
    }
}
