package dev.tocsin.notify.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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

/** WireMock stands in for hooks.slack.com, on 127.0.0.1: these tests use the operator's allowance. */
class SlackWebhookChannelTest {

    private static final String HOOK = "/services/T0001/B0002/abcdefghijklmnopqrstuvwx";

    private final WireMockServer slack = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    private final GuardedHttpClient http = new GuardedHttpClient(new AddressPolicy(true, List.of()));
    private final SlackWebhookChannel channel = new SlackWebhookChannel(http);

    @BeforeEach
    void start() {
        slack.start();
    }

    @AfterEach
    void stop() throws Exception {
        slack.stop();
        http.close();
    }

    @Test
    void a_page_is_text_and_blocks_with_acknowledge_and_open_buttons() {
        slack.stubFor(post(urlEqualTo(HOOK)).willReturn(aResponse().withStatus(200).withBody("ok")));

        assertThat(channel.send(Pages.one(), slack.baseUrl() + HOOK)).isEqualTo(new Delivered(null));

        slack.verify(1, postRequestedFor(urlEqualTo(HOOK)).withRequestBody(equalToJson("""
                {"text": "[P1] INC-7 Portal unreachable",
                 "blocks": [
                   {"type": "section", "text": {"type": "mrkdwn",
                     "text": "*[P1] INC-7 Portal unreachable*\\nStatus: triggered · Paged as L1 on-call"}},
                   {"type": "actions", "elements": [
                     {"type": "button", "text": {"type": "plain_text", "text": "Acknowledge"}, "style": "primary",
                      "url": "https://tocsin.example.com/ack/eyJpbmMiOjd9.c2lnbmF0dXJl"},
                     {"type": "button", "text": {"type": "plain_text", "text": "Open"},
                      "url": "https://tocsin.example.com/incidents/INC-7"}]}]}
                """)));
    }

    @Test
    void slacks_refusals_are_permanent_its_rate_limit_is_not() {
        slack.stubFor(post(urlEqualTo(HOOK)).willReturn(aResponse().withStatus(404).withBody("no_service")));
        assertThat(channel.send(Pages.one(), slack.baseUrl() + HOOK)).isEqualTo(new Failed("HTTP 404: no_service", true));
        slack.stubFor(post(urlEqualTo(HOOK)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        assertThat(channel.send(Pages.one(), slack.baseUrl() + HOOK))
                .isEqualTo(new Failed("HTTP 429; retry after 1 s", false));
    }

    @Test
    void the_address_must_be_a_slack_webhook_url() {
        assertThat(channel.problemWith("https://hooks.slack.com" + HOOK)).isEmpty();
        assertThat(channel.problemWith("http://hooks.slack.com" + HOOK)).isPresent();
        assertThat(channel.problemWith("https://hooks.slack.com.evil.example" + HOOK)).isPresent();
        assertThat(channel.problemWith("#oncall")).hasValue(
                "'#oncall' is not a Slack incoming webhook URL (https://hooks.slack.com/services/…)");
    }

    @Test
    void titles_cannot_inject_slack_markup() {
        assertThat(SlackText.escape("<!channel> & <https://evil|click>")).isEqualTo("&lt;!channel&gt; &amp; &lt;https://evil|click&gt;");
    }
}
