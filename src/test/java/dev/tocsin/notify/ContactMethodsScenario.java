package dev.tocsin.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient;
import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Contact methods and notification rules over HTTP: admins write them, viewers read them, and
 * each address is checked by the channel of its type. Email is configured here (a mail host is
 * set, never reached), the other channels are not.
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=9"})
abstract class ContactMethodsScenario extends TocsinTest {

    @Test
    void an_admin_adds_contact_methods_and_rules_which_viewers_then_read() {
        String user = user();
        Response created = api().post(methods(user), """
                {"type": "email", "address": "ada@portal.example.com", "label": "work"}""");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.text("id");
        assertThat(created.location()).isEqualTo(methods(user) + "/" + id);
        assertThat(created.text("type")).isEqualTo("email");
        Response backup = api().post(methods(user), """
                {"type": "EMAIL", "address": "ada.backup@portal.example.com"}""");
        assertThat(backup.status()).as(backup.body()).isEqualTo(201);
        assertThat(backup.json().path("label").isNull()).isTrue();

        Response relabelled = api().put(methods(user) + "/" + id, """
                {"type": "email", "address": "ada@portal.example.com", "label": "office"}""");
        assertThat(relabelled.status()).as(relabelled.body()).isEqualTo(200);
        Response rules = api().put(rules(user), """
                [{"delay": "PT0S", "contactMethod": "%s"}, {"delay": "PT5M", "contactMethod": "%s"}]"""
                .formatted(id, backup.text("id")));
        assertThat(rules.status()).as(rules.body()).isEqualTo(200);

        ApiClient viewer = api(token("viewer"));
        assertThat(viewer.get(methods(user) + "/" + id).text("label")).isEqualTo("office");
        assertThat(texts(viewer.get(methods(user)).json(), "address"))
                .containsExactlyInAnyOrder("ada@portal.example.com", "ada.backup@portal.example.com");
        JsonNode read = viewer.get(rules(user)).json();
        assertThat(texts(read, "delay")).containsExactly("PT0S", "PT5M");
        assertThat(texts(read, "contactMethod")).containsExactly(id, backup.text("id"));
    }

    @Test
    void the_organization_folder_gives_maya_her_email() {
        JsonNode methods = api().get(methods("maya.ortiz")).json();

        assertThat(texts(methods, "type")).contains("email");
        assertThat(texts(methods, "address")).contains("maya.ortiz@portal.example.com");
    }

    @Test
    void removing_a_contact_method_removes_the_rule_steps_naming_it() {
        String user = user();
        String first = api().post(methods(user), """
                {"type": "email", "address": "a@portal.example.com"}""").text("id");
        String second = api().post(methods(user), """
                {"type": "email", "address": "b@portal.example.com"}""").text("id");
        api().put(rules(user), """
                [{"delay": "PT0S", "contactMethod": "%s"}, {"delay": "PT10M", "contactMethod": "%s"}]"""
                .formatted(first, second));

        Response deleted = api().delete(methods(user) + "/" + first);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api().get(methods(user) + "/" + first).status()).isEqualTo(404);
        JsonNode left = api().get(rules(user)).json();
        assertThat(texts(left, "contactMethod")).containsExactly(second);
        assertThat(texts(left, "delay")).containsExactly("PT10M");
    }

    @Test
    void bad_input_is_refused_with_a_problem_naming_the_field() {
        String user = user();
        assertField(api().post(methods(user), """
                {"address": "a@portal.example.com"}"""), "type");
        assertField(api().post(methods(user), """
                {"type": "pigeon", "address": "a@portal.example.com"}"""), "type");
        // SMS needs Twilio credentials, which the tests do not configure
        Response sms = api().post(methods(user), """
                {"type": "sms", "address": "+15550100"}""");
        assertField(sms, "type");
        assertThat(sms.text("detail")).contains("sms channel is not configured").contains("email");
        Response slack = api().post(methods(user), """
                {"type": "slack", "address": "http://hooks.slack.com/services/T/B/X"}""");
        assertField(slack, "address");
        assertField(api().post(methods(user), """
                {"type": "email"}"""), "address");
        Response address = api().post(methods(user), """
                {"type": "email", "address": "not an address"}""");
        assertField(address, "address");
        assertThat(address.text("detail")).contains("not an address");

        String id = api().post(methods(user), """
                {"type": "email", "address": "a@portal.example.com"}""").text("id");
        Response twice = api().post(methods(user), """
                {"type": "email", "address": "a@portal.example.com"}""");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text("detail")).contains(id);
        assertField(api().put(rules(user), """
                [{"delay": "PT0S", "contactMethod": "%s"}, {"delay": "soon", "contactMethod": "%s"}]"""
                .formatted(id, id)), "[1].delay");
        assertField(api().put(rules(user), """
                [{"delay": "-PT1M", "contactMethod": "%s"}]""".formatted(id)), "[0].delay");
        String mayas = texts(api().get(methods("maya.ortiz")).json(), "id").getFirst();
        Response foreign = api().put(rules(user), """
                [{"delay": "PT0S", "contactMethod": "%s"}]""".formatted(mayas));
        assertField(foreign, "[0].contactMethod");
        assertThat(api().get(rules(user)).json().size()).as("nothing changed").isZero();
    }

    @Test
    void unknown_users_and_contact_methods_are_404s() {
        assertThat(api().get(methods("nobody-here")).status()).isEqualTo(404);
        assertThat(api().post(methods("nobody-here"), """
                {"type": "email", "address": "a@portal.example.com"}""").status()).isEqualTo(404);
        assertThat(api().get(rules("nobody-here")).status()).isEqualTo(404);
        String user = user();
        assertThat(api().get(methods(user) + "/8a9b1c1e-0000-4000-8000-000000000000").status()).isEqualTo(404);
        assertThat(api().get(methods(user) + "/not-a-uuid").status()).isEqualTo(404);
        String mayas = texts(api().get(methods("maya.ortiz")).json(), "id").getFirst();
        Response elsewhere = api().delete(methods(user) + "/" + mayas);
        assertThat(elsewhere.status()).as("another user's contact method").isEqualTo(404);
        assertThat(api().get(methods("maya.ortiz") + "/" + mayas).status()).isEqualTo(200);
    }

    @Test
    void an_incidents_notifications_are_read_by_viewers_and_an_unknown_incident_is_a_404() {
        Response declared = api().post("/api/v1/incidents", """
                {"title": "Quiet", "severity": "P4", "services": ["portal-redis"], "detectionSource": "customer_report"}""");
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);

        Response none = api(token("viewer")).get("/api/v1/incidents/" + declared.text("number") + "/notifications");

        assertThat(none.status()).as(none.body()).isEqualTo(200);
        assertThat(none.json().size()).as("timers are off here: nobody paged").isZero();
        Response unknown = api().get("/api/v1/incidents/INC-999999/notifications");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void viewers_responders_and_leads_read_but_may_not_write() {
        String user = user();
        String id = api().post(methods(user), """
                {"type": "email", "address": "a@portal.example.com"}""").text("id");
        for (String role : new String[] {"viewer", "responder", "lead"}) {
            ApiClient client = api(token(role));
            assertThat(client.get(methods(user)).status()).isEqualTo(200);
            assertThat(client.get(rules(user)).status()).isEqualTo(200);
            Response post = client.post(methods(user), """
                    {"type": "email", "address": "b@portal.example.com"}""");
            assertThat(post.status()).as(role).isEqualTo(403);
            assertThat(post.contentType()).startsWith("application/problem+json");
            assertThat(client.put(methods(user) + "/" + id, """
                    {"type": "email", "address": "c@portal.example.com"}""").status()).as(role).isEqualTo(403);
            assertThat(client.delete(methods(user) + "/" + id).status()).as(role).isEqualTo(403);
            assertThat(client.put(rules(user), "[]").status()).as(role).isEqualTo(403);
        }
        assertThat(texts(api().get(methods(user)).json(), "address")).containsExactly("a@portal.example.com");
    }

    private String user() {
        String username = "u-" + Long.toString(System.nanoTime(), 36);
        Response created = api().post("/api/v1/users", """
                {"username": "%s", "displayName": "Ada", "organization": "customer-portal"}""".formatted(username));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    private String token(String role) {
        return api().post("/api/v1/tokens", """
                {"name": "%s-%s", "role": "%s"}""".formatted(role, System.nanoTime(), role)).text("token");
    }

    private static String methods(String user) {
        return "/api/v1/users/" + user + "/contact-methods";
    }

    private static String rules(String user) {
        return "/api/v1/users/" + user + "/notification-rules";
    }

    private static List<String> texts(JsonNode list, String field) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.path(field).asString()).toList();
    }

    private static void assertField(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("detail")).contains(field);
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo(field);
    }
}
