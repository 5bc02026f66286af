package dev.tocsin.notify.slack;

import dev.tocsin.notify.http.GuardedHttpClient;
import dev.tocsin.notify.http.HttpExchange;
import dev.tocsin.notify.http.HttpExchange.Answered;
import dev.tocsin.notify.http.HttpOutcomes;
import dev.tocsin.notify.spi.SendOutcome.Failed;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.apache.hc.core5.http.ContentType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Slack's Web API with the bot token: JSON bodies, {@code Authorization: Bearer}. Slack answers
 * HTTP 200 with {@code "ok": false} and an error code for most failures, so success is read from
 * the body; a 429 carries Retry-After and is retried like any rate limit.
 */
final class SlackApi {

    /** Error codes Slack documents as temporary; every other one needs a person (token, scopes, archived channel). */
    private static final Set<String> TEMPORARY = Set.of("ratelimited", "internal_error", "fatal_error",
            "service_unavailable", "request_timeout");

    sealed interface Answer {
        record Ok(JsonNode json) implements Answer {
        }

        /** {@code error} is Slack's code ({@code name_taken}), or null when Slack never answered in JSON. */
        record Error(String error, Failed failure) implements Answer {
        }
    }

    private final GuardedHttpClient http;
    private final String apiUrl;
    private final String botToken;

    SlackApi(GuardedHttpClient http, URI apiUrl, String botToken) {
        this.http = http;
        this.apiUrl = apiUrl.toString().replaceAll("/+$", "");
        this.botToken = botToken;
    }

    Answer call(String method, Map<String, Object> arguments) {
        byte[] body = JsonMapper.shared().writeValueAsBytes(arguments);
        HttpExchange exchange = http.post(URI.create(apiUrl + "/" + method), ContentType.APPLICATION_JSON, body,
                Map.of("Authorization", "Bearer " + botToken));
        if (!(exchange instanceof Answered answered && answered.successful())) {
            return new Answer.Error(null, HttpOutcomes.failure(exchange));
        }
        JsonNode json;
        try {
            json = JsonMapper.shared().readTree(answered.body());
        } catch (RuntimeException notJson) {
            return new Answer.Error(null, new Failed("Slack " + method + " answered without JSON", false));
        }
        if (json.path("ok").asBoolean(false)) {
            return new Answer.Ok(json);
        }
        String error = json.path("error").asString("unknown_error");
        return new Answer.Error(error, new Failed("Slack " + method + ": " + error, !TEMPORARY.contains(error)));
    }
}
