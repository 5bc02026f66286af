package dev.tocsin.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient;
import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Users over HTTP: admins create and replace them, everyone from viewer up reads them. */
abstract class UsersApiScenario extends TocsinTest {

    @Test
    void an_admin_creates_a_user_who_is_then_read_listed_and_replaced_as_a_whole() {
        String username = unique("ada");
        Response created = api().post("/api/v1/users", """
                {"username": "%s", "displayName": "Ada Lovelace", "organization": "customer-portal",
                 "title": "Backup On-Call", "email": "ada@portal.example.com", "phone": "+1 555 0199",
                 "chatHandle": "@ada", "timeZone": "Europe/London", "role": "lead"}""".formatted(username));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/v1/users/" + username);
        assertThat(created.json().path("timeZone").asString()).isEqualTo("Europe/London");
        JsonNode read = api().get(created.location()).json();
        assertThat(read.toString()).isEqualTo(created.json().toString());
        assertThat(read.path("role").asString()).isEqualTo("lead");
        assertThat(read.path("chatHandle").asString()).isEqualTo("@ada");
        assertThat(usernames(api().get("/api/v1/users").json())).contains(username, "maya.ortiz");

        Response updated = api().put("/api/v1/users/" + username, """
                {"displayName": "Ada King", "organization": "crm-platform", "title": "Platform lead",
                 "timeZone": "America/New_York", "role": "responder"}""");

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        JsonNode after = api().get("/api/v1/users/" + username).json();
        assertThat(after.path("displayName").asString()).isEqualTo("Ada King");
        assertThat(after.path("organization").asString()).isEqualTo("crm-platform");
        assertThat(after.path("timeZone").asString()).isEqualTo("America/New_York");
        assertThat(after.path("role").asString()).isEqualTo("responder");
        assertThat(after.path("email").isNull()).as("a field left out of a PUT is emptied").isTrue();
        assertThat(after.path("phone").isNull()).isTrue();
    }

    @Test
    void the_time_zone_defaults_to_the_organizations_and_the_role_to_responder() {
        String username = unique("bo");
        Response created = api().post("/api/v1/users", """
                {"username": "%s", "displayName": "Bo", "organization": "crm-platform"}""".formatted(username));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("timeZone")).isEqualTo("UTC");
        assertThat(created.text("role")).isEqualTo("responder");
    }

    @Test
    void a_sign_in_password_survives_an_update_and_is_never_shown() {
        String username = unique("cy");
        api().post("/api/v1/users", """
                {"username": "%s", "displayName": "Cy", "organization": "crm-platform"}""".formatted(username));
        jdbc.sql("UPDATE app_user SET password_hash = '{noop}secret' WHERE username = ?").param(username).update();

        Response updated = api().put("/api/v1/users/" + username, """
                {"displayName": "Cy Young", "organization": "crm-platform"}""");

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(username)
                .query(String.class).single()).isEqualTo("{noop}secret");
        assertThat(updated.body()).doesNotContain("secret").doesNotContainIgnoringCase("password");
        assertThat(api().get("/api/v1/users").body()).doesNotContainIgnoringCase("password");
    }

    @Test
    void creating_a_username_in_use_is_a_409_and_nothing_changes() {
        Response taken = api().post("/api/v1/users", """
                {"username": "maya.ortiz", "displayName": "Someone Else", "organization": "crm-platform"}""");

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.text("type")).isEqualTo("urn:tocsin:problem:already-exists");
        assertThat(taken.text("detail")).contains("maya.ortiz").contains("PUT");
        assertThat(api().get("/api/v1/users/maya.ortiz").text("displayName")).isEqualTo("Maya Ortiz");
    }

    @Test
    void updating_or_reading_a_user_who_does_not_exist_is_a_404() {
        Response missing = api().put("/api/v1/users/nobody-here", """
                {"displayName": "Nobody", "organization": "crm-platform"}""");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("detail")).contains("nobody-here");
        assertThat(api().get("/api/v1/users/nobody-here").status()).isEqualTo(404);
    }

    @Test
    void the_bootstrap_administrator_cannot_be_changed_over_the_api() {
        Response refused = api().put("/api/v1/users/admin", """
                {"displayName": "Mallory", "organization": "crm-platform", "role": "viewer"}""");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).contains("bootstrap");
        assertThat(api().get("/api/v1/users/admin").text("role")).isEqualTo("admin");
    }

    @Test
    void bad_input_is_refused_with_a_problem_naming_the_field() {
        assertField(api().post("/api/v1/users", """
                {"username": "%s", "organization": "crm-platform"}""".formatted(unique("d"))), 422, "displayName");
        assertField(api().post("/api/v1/users", """
                {"displayName": "No Name", "organization": "crm-platform"}"""), 422, "username");
        assertField(api().post("/api/v1/users", """
                {"username": "Not Valid!", "displayName": "X", "organization": "crm-platform"}"""), 422, "username");
        Response zone = api().post("/api/v1/users", """
                {"username": "%s", "displayName": "E", "organization": "crm-platform", "timeZone": "Mars/Olympus"}"""
                .formatted(unique("e")));
        assertField(zone, 422, "timeZone");
        assertThat(zone.text("detail")).contains("Mars/Olympus").contains("Europe/Berlin");
        Response organization = api().post("/api/v1/users", """
                {"username": "%s", "displayName": "F", "organization": "atlantis"}""".formatted(unique("f")));
        assertField(organization, 422, "organization");
        assertThat(organization.text("detail")).contains("atlantis").contains("crm-platform");
        assertField(api().post("/api/v1/users", """
                {"username": "%s", "displayName": "G", "organization": "crm-platform", "email": "not-an-address"}"""
                .formatted(unique("g"))), 422, "email");
        // A NUL was stored on H2 and cannot be on PostgreSQL; no control character belongs in a name.
        assertField(api().post("/api/v1/users", """
                {"username": "%s", "displayName": "Nul\\u0000Name", "organization": "crm-platform"}"""
                .formatted(unique("n"))), 422, "displayName");
        assertField(api().post("/api/v1/users", """
                {"username": "%s", "displayName": "N", "organization": "crm-platform", "title": "\\u001b[31mred"}"""
                .formatted(unique("n"))), 422, "title");
        assertField(api().put("/api/v1/users/maya.ortiz", """
                {"username": "maya.renamed", "displayName": "Maya", "organization": "customer-portal"}"""), 422,
                "username");

        Response role = api().post("/api/v1/users", """
                {"username": "%s", "displayName": "H", "organization": "crm-platform", "role": "boss"}"""
                .formatted(unique("h")));
        assertThat(role.status()).isEqualTo(400);
        assertThat(role.text("detail")).contains("'role'").contains("viewer");
        Response malformed = api().post("/api/v1/users", "{\"username\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text("type")).isEqualTo("urn:tocsin:problem:malformed-body");
    }

    @Test
    void viewers_and_responders_read_users_but_may_not_create_or_change_them() {
        for (String role : new String[] {"viewer", "responder", "lead"}) {
            ApiClient client = api(issue(role));
            assertThat(client.get("/api/v1/users").status()).isEqualTo(200);
            assertThat(client.get("/api/v1/users/maya.ortiz").status()).isEqualTo(200);
            Response post = client.post("/api/v1/users", """
                    {"username": "%s", "displayName": "I", "organization": "crm-platform"}""".formatted(unique("i")));
            assertThat(post.status()).as(role).isEqualTo(403);
            assertThat(post.contentType()).startsWith("application/problem+json");
            assertThat(client.put("/api/v1/users/maya.ortiz", """
                    {"displayName": "Maya", "organization": "customer-portal"}""").status()).as(role).isEqualTo(403);
        }
        assertThat(api().get("/api/v1/users/maya.ortiz").text("displayName")).isEqualTo("Maya Ortiz");
    }

    private String issue(String role) {
        return api().post("/api/v1/tokens", """
                {"name": "%s", "role": "%s"}""".formatted(unique(role), role)).text("token");
    }

    static void assertField(Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("detail")).contains(field);
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo(field);
    }

    static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    private static java.util.List<String> usernames(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(u -> u.path("username").asString()).toList();
    }
}
