package dev.tocsin.notify.sms;

import dev.tocsin.notify.http.GuardedHttpClient;
import dev.tocsin.notify.http.HttpOutcomes;
import dev.tocsin.notify.spi.SendOutcome;
import dev.tocsin.notify.spi.SendOutcome.Delivered;
import dev.tocsin.notify.spi.SendOutcome.Failed;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hc.core5.http.ContentType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates Messages and Calls on Twilio's REST API (2010-04-01): form-encoded, Basic auth with the
 * account SID and auth token, the answer's {@code sid} kept as the delivery's reference.
 */
final class TwilioApi {

    /** UTF-8, as the fields are encoded: HttpClient's constant says ISO-8859-1, which garbles an ellipsis. */
    private static final ContentType FORM =
            ContentType.create("application/x-www-form-urlencoded", StandardCharsets.UTF_8);

    private final GuardedHttpClient http;
    private final TwilioProperties account;

    TwilioApi(GuardedHttpClient http, TwilioProperties account) {
        this.http = http;
        this.account = account;
    }

    /** POSTs {@code fields} (To and From added) to {@code Messages} or {@code Calls}. */
    SendOutcome create(String resource, String to, Map<String, String> fields, String idempotencyKey) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", to);
        form.put("From", account.from());
        form.putAll(fields);
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        String credentials = Base64.getEncoder().encodeToString(
                (account.accountSid() + ":" + account.authToken()).getBytes(StandardCharsets.UTF_8));
        URI url = URI.create(account.baseUrl().toString().replaceAll("/+$", "") + "/2010-04-01/Accounts/"
                + encode(account.accountSid()) + "/" + resource + ".json");
        return HttpOutcomes.of(
                http.post(url, FORM, body.getBytes(StandardCharsets.UTF_8), Map.of(
                        "Authorization", "Basic " + credentials,
                        "Accept", "application/json",
                        // Sent so a Twilio-compatible API that honours it drops a retried create.
                        "I-Twilio-Idempotency-Token", idempotencyKey)),
                answered -> sid(answered.body()));
    }

    private static SendOutcome sid(String body) {
        try {
            JsonNode sid = JsonMapper.shared().readTree(body).get("sid");
            if (sid != null && sid.isString()) {
                return new Delivered(sid.asString());
            }
        } catch (RuntimeException notJson) {
            // reported below
        }
        // Accepted, so it may well go out: a retry risks a second page, which beats none.
        return new Failed("Twilio accepted the request but its answer had no sid: " + abbreviate(body), false);
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
