package dev.tocsin.notify.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.tocsin.notify.Pages;
import dev.tocsin.notify.http.AddressPolicy;
import dev.tocsin.notify.http.GuardedHttpClient;
import dev.tocsin.notify.spi.SendOutcome.Delivered;
import dev.tocsin.notify.spi.SendOutcome.Failed;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** WireMock stands in for the Power Automate workflow, on 127.0.0.1: these tests use the operator's allowance. */
class TeamsChannelTest {

    private static final String WORKFLOW = "/workflows/1f0e2d3c/triggers/manual/paths/invoke?api-version=2016-06-01&sig=abc";

    private final WireMockServer teams = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    private final GuardedHttpClient http = new GuardedHttpClient(new AddressPolicy(true, List.of()));
    private final TeamsChannel channel = new TeamsChannel(http);

    @BeforeEach
    void start() {
        teams.start();
    }

    @AfterEach
    void stop() throws Exception {
        teams.stop();
        http.close();
    }

    @Test
    void a_page_is_an_adaptive_card_with_acknowledge_and_open_buttons() {
        teams.stubFor(post(urlEqualTo(WORKFLOW)).willReturn(aResponse().withStatus(202)));

        assertThat(channel.send(Pages.one(), teams.baseUrl() + WORKFLOW)).isEqualTo(new Delivered(null));

        teams.verify(1, postRequestedFor(urlEqualTo(WORKFLOW))
                .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
                .withRequestBody(equalToJson("""
                        {"type": "message",
                         "attachments": [{
                           "contentType": "application/vnd.microsoft.card.adaptive",
                           "content": {
                             "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                             "type": "AdaptiveCard",
                             "version": "1.4",
                             "body": [
                               {"type": "TextBlock", "text": "[P1] INC-7 Portal unreachable", "size": "Large",
                                "weight": "Bolder", "wrap": true},
                               {"type": "FactSet", "facts": [
                                 {"title": "Severity", "value": "P1"},
                                 {"title": "Status", "value": "triggered"},
                                 {"title": "Paged as", "value": "L1 on-call"}]}
                             ],
                             "actions": [
                               {"type": "Action.OpenUrl", "title": "Acknowledge",
                                "url": "https://tocsin.example.com/ack/eyJpbmMiOjd9.c2lnbmF0dXJl"},
                               {"type": "Action.OpenUrl", "title": "Open",
                                "url": "https://tocsin.example.com/incidents/INC-7"}
                             ]}}]}
                        """)));
    }

    @Test
    void a_bundle_names_each_incident_and_its_buttons() {
        teams.stubFor(post(urlEqualTo(WORKFLOW)).willReturn(aResponse().withStatus(202)));

        assertThat(channel.send(Pages.two(), teams.baseUrl() + WORKFLOW)).isEqualTo(new Delivered(null));

        teams.verify(1, postRequestedFor(urlEqualTo(WORKFLOW)).withRequestBody(equalToJson("""
                {"attachments": [{"content": {
                   "body": [
                     {"type": "TextBlock", "text": "2 incidents: INC-7, INC-8"},
                     {"type": "TextBlock", "text": "INC-7 Portal unreachable"},
                     {"type": "FactSet"},
                     {"type": "TextBlock", "text": "INC-8 Search is slow"},
                     {"type": "FactSet"}],
                   "actions": [
                     {"title": "Acknowledge INC-7"}, {"title": "Open INC-7"},
                     {"title": "Acknowledge INC-8"}, {"title": "Open INC-8"}]}}]}
                """, false, true)));
    }

    @Test
    void a_removed_workflow_is_a_permanent_failure_throttling_is_not() {
        teams.stubFor(post(urlEqualTo(WORKFLOW)).willReturn(aResponse().withStatus(404)));
        assertThat(channel.send(Pages.one(), teams.baseUrl() + WORKFLOW))
                .isInstanceOfSatisfying(Failed.class, failed -> assertThat(failed.permanent()).isTrue());
        teams.stubFor(post(urlEqualTo(WORKFLOW)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "5")));
        assertThat(channel.send(Pages.one(), teams.baseUrl() + WORKFLOW))
                .isEqualTo(new Failed("HTTP 429; retry after 5 s", false));
    }

    @Test
    void the_address_must_be_an_https_url_outside() throws Exception {
        try (GuardedHttpClient strict = new GuardedHttpClient(AddressPolicy.STRICT)) {
            TeamsChannel guarded = new TeamsChannel(strict);
            assertThat(guarded.problemWith("https://prod-12.westeurope.logic.azure.com:443" + WORKFLOW)).isEmpty();
            assertThat(guarded.problemWith("http://prod-12.westeurope.logic.azure.com" + WORKFLOW)).isPresent();
            assertThat(guarded.problemWith("https://169.254.169.254/")).hasValueSatisfying(
                    why -> assertThat(why).contains("link-local"));
        }
    }
}
