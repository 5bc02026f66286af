package dev.tocsin.notify.slack;

import java.net.URI;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Slack app's bot, for incident channels.
 *
 * @param botToken the bot's {@code xoxb-} token, with the scopes channels:manage and chat:write
 * @param apiUrl Slack's Web API, changed only for tests
 * @param incidentChannelSeverities severities that get a channel of their own
 */
@ConfigurationProperties("tocsin.slack")
public record SlackProperties(String botToken, URI apiUrl, Set<String> incidentChannelSeverities) {

    public SlackProperties {
        apiUrl = apiUrl == null ? URI.create("https://slack.com/api") : apiUrl;
        incidentChannelSeverities = incidentChannelSeverities == null || incidentChannelSeverities.isEmpty()
                ? Set.of("P1", "P2") : Set.copyOf(incidentChannelSeverities);
    }
}
