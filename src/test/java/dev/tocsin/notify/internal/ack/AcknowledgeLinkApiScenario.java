package dev.tocsin.notify.internal.ack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.notify.AcknowledgeTokens;
import dev.tocsin.support.ApiClient;
import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Acknowledge links through HTTP as a chat integration uses them ({@code POST /api/v1/acknowledge/{token}},
 * no bearer token); runs on H2 and on PostgreSQL.
 */
abstract class AcknowledgeLinkApiScenario extends TocsinTest {

    private static final Duration AN_HOUR = Duration.ofHours(1);

    @Autowired
    AcknowledgeTokens tokens;

    /** The database product /health reports, proving which engine the scenario ran on. */
    abstract String database();

    @Test
    void the_scenario_runs_on_the_intended_database() {
        assertThat(api(null).get("/health").json().path("checks").path("database").path("database").asString())
                .isEqualTo(database());
    }

    @Test
    void a_chat_button_acknowledges_as_the_person_paged_without_a_bearer_token() {
        JsonNode incident = declare("CRM API answers 500", "P1", "crm-backend");
        String number = incident.path("number").asString();
        String token = tokens.issue(UUID.fromString(incident.path("id").asString()), "priya.nair", AN_HOUR);

        Response answer = anonymous().post("/api/v1/acknowledge/" + token, "");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.text("number")).isEqualTo(number);
        assertThat(answer.text("status")).isEqualTo("acknowledged");
        assertThat(answer.text("acknowledgedAt")).isNotBlank();
        JsonNode acknowledgement = answer.json().path("acknowledgement");
        assertThat(acknowledgement.path("outcome").asString()).isEqualTo("acknowledged");
        assertThat(acknowledgement.path("by").asString()).isEqualTo("priya.nair (acknowledge link)");
        assertThat(acknowledgement.path("at").asString()).isEqualTo(answer.text("acknowledgedAt"));

        JsonNode last = lastEntry(number);
        assertThat(last.path("kind").asString()).isEqualTo("status_changed");
        assertThat(last.path("actor").asString()).isEqualTo("priya.nair (acknowledge link)");
        assertThat(last.path("summary").asString()).isEqualTo("Status triggered → acknowledged");
        assertThat(api().get("/api/v1/incidents/" + number + "/timeline/verify").text("valid")).isEqualTo("true");
    }

    @Test
    void a_second_click_reports_the_first_acknowledgment_and_writes_nothing() {
        JsonNode incident = declare("Portal login slow", "P2", "portal-bff");
        String token = tokens.issue(UUID.fromString(incident.path("id").asString()), "maya.ortiz", AN_HOUR);
        Response first = anonymous().post("/api/v1/acknowledge/" + token, "");
        assertThat(first.status()).isEqualTo(200);
        int entries = timeline(incident.path("number").asString()).size();

        Response second = anonymous().post("/api/v1/acknowledge/" + token, "");

        assertThat(second.status()).isEqualTo(200);
        JsonNode acknowledgement = second.json().path("acknowledgement");
        assertThat(acknowledgement.path("outcome").asString()).isEqualTo("already_acknowledged");
        assertThat(acknowledgement.path("by").asString()).isEqualTo("maya.ortiz (acknowledge link)");
        assertThat(acknowledgement.path("at").asString()).isEqualTo(first.text("acknowledgedAt"));
        assertThat(timeline(incident.path("number").asString())).hasSize(entries);
    }

    @Test
    void clicks_at_the_same_moment_acknowledge_once() throws Exception {
        JsonNode incident = declare("Checkout times out", "P1", "portal-bff");
        String token = tokens.issue(UUID.fromString(incident.path("id").asString()), "maya.ortiz", AN_HOUR);
        List<Callable<Response>> clicks = Collections.nCopies(6,
                () -> anonymous().post("/api/v1/acknowledge/" + token, ""));

        List<Response> answers = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Response> answer : executor.invokeAll(clicks)) {
                answers.add(answer.get());
            }
        }

        assertThat(answers).extracting(Response::status).containsOnly(200);
        assertThat(answers).extracting(a -> a.json().path("acknowledgement").path("outcome").asString())
                .containsOnlyOnce("acknowledged").containsOnly("acknowledged", "already_acknowledged");
        JsonNode entries = timeline(incident.path("number").asString());
        assertThat(entries).hasSize(2);
        assertThat(entries.get(1).path("actor").asString()).isEqualTo("maya.ortiz (acknowledge link)");
    }

    @Test
    void an_incident_someone_already_took_on_is_reported_not_moved_back() {
        JsonNode incident = declare("Redis evicting sessions", "P2", "portal-redis");
        String number = incident.path("number").asString();
        String token = tokens.issue(UUID.fromString(incident.path("id").asString()), "maya.ortiz", AN_HOUR);
        assertThat(api().patch("/api/v1/incidents/" + number, "{\"status\": \"investigating\"}").status())
                .isEqualTo(200);

        Response answer = anonymous().post("/api/v1/acknowledge/" + token, "");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text("status")).isEqualTo("investigating");
        assertThat(answer.json().path("acknowledgement").path("outcome").asString()).isEqualTo("already_acknowledged");
        assertThat(answer.json().path("acknowledgement").path("by").asString()).isEqualTo("token:bootstrap-admin");
    }

    @Test
    void a_resolved_incident_answers_already_resolved() {
        JsonNode incident = declare("WHMCS invoices late", "P3", "whmcs");
        String number = incident.path("number").asString();
        String token = tokens.issue(UUID.fromString(incident.path("id").asString()), "maya.ortiz", AN_HOUR);
        api().patch("/api/v1/incidents/" + number, "{\"status\": \"resolved\"}");

        Response answer = anonymous().post("/api/v1/acknowledge/" + token, "");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text("status")).isEqualTo("resolved");
        assertThat(answer.json().path("acknowledgement").path("outcome").asString()).isEqualTo("already_resolved");
    }

    @Test
    void an_altered_token_is_a_403_problem_that_names_nothing_of_the_incident() {
        JsonNode incident = declare("Salesforce sync stalled", "P2", "salesforce");
        String number = incident.path("number").asString();
        String token = tokens.issue(UUID.fromString(incident.path("id").asString()), "maya.ortiz", AN_HOUR);
        String asAnother = reclaim(token, "maya.ortiz", "sara.lind");

        for (String altered : new String[] {asAnother, resigned(token), "not-a-token"}) {
            Response refused = anonymous().post("/api/v1/acknowledge/" + altered, "");
            assertThat(refused.status()).as(altered).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text("type")).isEqualTo("urn:tocsin:problem:invalid-acknowledge-link");
            assertThat(refused.text("detail")).startsWith("This link is not valid");
            assertThat(refused.body()).doesNotContain(number).doesNotContain("Salesforce");
        }
        assertThat(api().get("/api/v1/incidents/" + number).text("status")).isEqualTo("triggered");
    }

    @Test
    void a_token_naming_someone_who_is_not_a_user_is_refused() {
        JsonNode incident = declare("Freebit API down", "P2", "freebit");
        String token = tokens.issue(UUID.fromString(incident.path("id").asString()), "left.the.company", AN_HOUR);

        Response refused = anonymous().post("/api/v1/acknowledge/" + token, "");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("type")).isEqualTo("urn:tocsin:problem:invalid-acknowledge-link");
        assertThat(api().get("/api/v1/incidents/" + incident.path("number").asString()).text("status"))
                .isEqualTo("triggered");
    }

    @Test
    void an_expired_token_is_a_410_problem_saying_when_it_expired() {
        JsonNode incident = declare("Event processing lag", "P3", "crm-events");
        String token = tokens.issue(UUID.fromString(incident.path("id").asString()), "priya.nair", AN_HOUR);
        clock.advance(AN_HOUR.plusSeconds(1));

        Response gone = anonymous().post("/api/v1/acknowledge/" + token, "");

        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.text("type")).isEqualTo("urn:tocsin:problem:expired-acknowledge-link");
        assertThat(gone.text("detail")).startsWith("This link expired at ")
                .endsWith("; open the incident in Tocsin and acknowledge there.");
        assertThat(gone.text("expiredAt")).isNotBlank();
        assertThat(gone.body()).doesNotContain(incident.path("number").asString()).doesNotContain("Event processing");
        assertThat(api().get("/api/v1/incidents/" + incident.path("number").asString()).text("status"))
                .isEqualTo("triggered");
    }

    @Test
    void the_page_acts_only_on_its_own_form_and_a_bare_post_is_refused() {
        JsonNode incident = declare("Portal 502s", "P1", "portal-bff");
        String token = tokens.issue(UUID.fromString(incident.path("id").asString()), "maya.ortiz", AN_HOUR);

        Response get = anonymous().get("/ack/" + token);
        Response crossSite = anonymous().send("POST", "/ack/" + token, BodyPublishers.noBody(), null);

        assertThat(get.status()).isEqualTo(200);
        assertThat(get.body()).contains("Acknowledge as Maya Ortiz");
        assertThat(crossSite.status()).as("no CSRF token").isEqualTo(403);
        assertThat(api().get("/api/v1/incidents/" + incident.path("number").asString()).text("status"))
                .isEqualTo("triggered");
    }

    private JsonNode declare(String title, String severity, String service) {
        Response declared = api().post("/api/v1/incidents", "{\"title\": \"" + title + "\", \"severity\": \""
                + severity + "\", \"services\": [\"" + service + "\"]}");
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        return declared.json();
    }

    private JsonNode timeline(String number) {
        return api().get("/api/v1/incidents/" + number + "/timeline").json();
    }

    private JsonNode lastEntry(String number) {
        JsonNode entries = timeline(number);
        return entries.get(entries.size() - 1);
    }

    /** The token with the first character of its signature changed. */
    static String resigned(String token) {
        int dot = token.indexOf('.');
        char first = token.charAt(dot + 1);
        return token.substring(0, dot + 1) + (first == 'A' ? 'B' : 'A') + token.substring(dot + 2);
    }

    private ApiClient anonymous() {
        return api(null);
    }

    /** The token with another name in its claims and the original signature: what a forger would try. */
    static String reclaim(String token, String from, String to) {
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[0])).replace(from, to);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes()) + "." + parts[1];
    }
}
