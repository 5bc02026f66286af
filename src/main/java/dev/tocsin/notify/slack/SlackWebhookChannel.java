package dev.tocsin.notify.slack;

import dev.tocsin.notify.ContactMethodType;
import dev.tocsin.notify.http.GuardedHttpClient;
import dev.tocsin.notify.http.HttpOutcomes;
import dev.tocsin.notify.spi.NotificationChannel;
import dev.tocsin.notify.spi.Page;
import dev.tocsin.notify.spi.SendOutcome;
import dev.tocsin.notify.spi.SendOutcome.Delivered;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hc.core5.http.ContentType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pages into Slack through an incoming webhook, the URL a Slack app gives for one channel
 * ({@code https://hooks.slack.com/services/T…/B…/…}). Slack answers {@code ok}, or a 4xx naming
 * what is wrong ({@code no_service}, {@code channel_is_archived}), which retrying cannot fix.
 */
public final class SlackWebhookChannel implements NotificationChannel {

    private static final Set<String> SLACK_HOSTS = Set.of("hooks.slack.com", "hooks.slack-gov.com");

    private final GuardedHttpClient http;

    public SlackWebhookChannel(GuardedHttpClient http) {
        this.http = http;
    }

    @Override
    public ContactMethodType type() {
        return ContactMethodType.SLACK;
    }

    @Override
    public Optional<String> problemWith(String address) {
        try {
            URI url = new URI(address.strip());
            if ("https".equals(url.getScheme()) && SLACK_HOSTS.contains(url.getHost())) {
                return Optional.empty();
            }
        } catch (URISyntaxException malformed) {
            // said below
        }
        return Optional.of("'" + address + "' is not a Slack incoming webhook URL (https://hooks.slack.com/services/…)");
    }

    @Override
    public SendOutcome send(Page page, String address) {
        byte[] body = JsonMapper.shared().writeValueAsBytes(SlackText.page(page));
        return HttpOutcomes.of(http.post(URI.create(address.strip()), ContentType.APPLICATION_JSON, body, Map.of()),
                answered -> new Delivered(null));
    }
}
