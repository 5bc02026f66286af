package dev.tocsin.notify.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.notify.LocalReceiver.Received;
import dev.tocsin.support.ApiClient.Response;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;

/**
 * The outside world of the full path scenarios: Alertmanager posting, the on-call schedule read
 * over the API, a webhook receiver checking a signature, and a person opening an acknowledge link
 * in a client that is not signed in. None of it uses Tocsin's code.
 */
final class FullPath {

    static final Pattern ACK_LINK = Pattern.compile(Pattern.quote(Node.PUBLIC_URL + "/ack/") + "[A-Za-z0-9_.-]+");

    private FullPath() {
    }

    /** Alertmanager's webhook (version 4) as it posts a firing group of one critical alert, then the timers due. */
    static void alertmanagerFires(Node node, String integrationKey, String alertname, String summary) {
        Response alert = node.api().postAuthorized("/api/v1/integrations/" + integrationKey + "/alertmanager", """
                {"version": "4", "groupKey": "{}:{alertname=\\"%1$s\\"}", "truncatedAlerts": 0, "status": "firing",
                 "receiver": "tocsin", "groupLabels": {"alertname": "%1$s"},
                 "commonLabels": {"alertname": "%1$s", "severity": "critical"},
                 "commonAnnotations": {"summary": "%2$s"}, "externalURL": "http://alertmanager:9093",
                 "alerts": [{"status": "firing", "labels": {"alertname": "%1$s", "severity": "critical"},
                             "annotations": {"summary": "%2$s"},
                             "startsAt": "%3$s", "endsAt": "0001-01-01T00:00:00Z",
                             "generatorURL": "http://prometheus:9090/graph", "fingerprint": "6f1b2c3d4e5f6a7b"}]}"""
                .formatted(alertname, summary, node.now()), null);
        assertThat(alert.status()).as(alert.body()).isBetween(200, 202);
        node.firesDueTimers();
    }

    /** The username on the schedule's primary layer at the node's now, as {@code GET /api/v1/on-call} says. */
    static String onCallPrimary(Node node, String schedule) {
        JsonNode all = node.api().get("/api/v1/on-call?at=" + node.now()).json();
        JsonNode one = items(all).stream().filter(s -> s.path("schedule").asString().equals(schedule))
                .findFirst().orElseThrow(() -> new AssertionError(all.toString()));
        return StreamSupport.stream(one.path("layers").spliterator(), false)
                .filter(layer -> layer.path("layer").asString().equals("primary")).findFirst()
                .orElseThrow(() -> new AssertionError(one.toString())).path("username").asString();
    }

    /** A person's contact method of a type: {id, type, address, label}. */
    static JsonNode contactMethod(Node node, String username, String type) {
        return items(node.api().get("/api/v1/users/" + username + "/contact-methods").json()).stream()
                .filter(m -> m.path("type").asString().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError(username + " has no " + type));
    }

    /** The incidents on one service, as {@code GET /api/v1/incidents?service=} lists them. */
    static List<JsonNode> incidentsOn(Node node, String service) {
        return items(node.api().get("/api/v1/incidents?service=" + service).json());
    }

    static List<JsonNode> items(JsonNode list) {
        JsonNode items = list.isArray() ? list : list.path("items");
        return StreamSupport.stream(items.spliterator(), false).toList();
    }

    /** The levels reached, "1 on-call engineer: priya.nair", in the order reached. */
    static List<String> reached(Node node, String id) {
        Response escalation = node.api().get("/api/v1/incidents/" + id + "/escalation");
        assertThat(escalation.status()).as(escalation.body()).isEqualTo(200);
        return StreamSupport.stream(escalation.json().path("reached").spliterator(), false)
                .map(level -> level.path("level").asString() + ": " + StreamSupport.stream(
                        level.path("people").spliterator(), false).map(JsonNode::asString)
                        .collect(Collectors.joining(", ")))
                .toList();
    }

    /** The acknowledge link in a message's text. */
    static String ackLink(String text) {
        Matcher link = ACK_LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        return link.group();
    }

    /**
     * What a receiver does (docs/channels.md): HMAC-SHA256 over "{timestamp}.{body}" with the
     * shared secret, compared in constant time.
     */
    static boolean signatureHolds(Received request, String secret) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "v1=" + HexFormat.of().formatHex(mac.doFinal(
                (request.header("X-Tocsin-Timestamp") + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                String.valueOf(request.header("X-Tocsin-Signature")).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Opens an acknowledge link (its public URL pointed at the node) in a plain HTTP client that
     * is not signed in, with a cookie jar: the confirm page, which changes nothing, then its
     * form's POST with the form's CSRF token. Asserts both pages.
     */
    static void acknowledgeFromTheLink(Node node, String link, String reference)
            throws IOException, InterruptedException {
        URI local = URI.create("http://127.0.0.1:" + node.port() + link.substring(Node.PUBLIC_URL.length()));
        try (HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build()) {
            HttpResponse<String> confirm = browser.send(HttpRequest.newBuilder(local).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(confirm.statusCode()).isEqualTo(200);
            assertThat(confirm.body()).contains("data-ack=\"open\"").contains(reference).contains("Acknowledge as ");
            assertThat(node.api().get("/api/v1/incidents/" + reference).text("status")).as("opening changes nothing")
                    .isEqualTo("triggered");
            Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(confirm.body());
            assertThat(csrf.find()).as(confirm.body()).isTrue();

            HttpResponse<String> acknowledged = browser.send(HttpRequest.newBuilder(local)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(acknowledged.statusCode()).isEqualTo(200);
            assertThat(acknowledged.body()).contains("data-ack=\"acknowledged\"")
                    .contains("You acknowledged " + reference);
        }
        node.firesDueTimers();
    }
}
