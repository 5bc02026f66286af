package dev.tocsin.notify.teams;

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
import org.apache.hc.core5.http.ContentType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pages into a Teams channel or chat through a Workflows webhook ("Post to a channel when a
 * webhook request is received"), the successor of the retired Office 365 connectors. The address
 * is the workflow's URL; Teams answers 202 and posts the card a moment later.
 */
public final class TeamsChannel implements NotificationChannel {

    private final GuardedHttpClient http;

    public TeamsChannel(GuardedHttpClient http) {
        this.http = http;
    }

    @Override
    public ContactMethodType type() {
        return ContactMethodType.TEAMS;
    }

    @Override
    public Optional<String> problemWith(String address) {
        URI url;
        try {
            url = new URI(address.strip());
        } catch (URISyntaxException e) {
            return Optional.of("'" + address + "' is not a URL: " + e.getReason());
        }
        if (!"https".equals(url.getScheme())) {
            return Optional.of("a Teams workflow URL starts with https:// (copy it from the workflow's"
                    + " 'When a Teams webhook request is received' step)");
        }
        return http.problemWith(url);
    }

    @Override
    public SendOutcome send(Page page, String address) {
        byte[] body = JsonMapper.shared().writeValueAsBytes(AdaptiveCard.message(page));
        return HttpOutcomes.of(http.post(URI.create(address.strip()), ContentType.APPLICATION_JSON, body, Map.of()),
                answered -> new Delivered(null));
    }
}
