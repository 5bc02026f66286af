package dev.tocsin.identity;

import static dev.tocsin.identity.UsersApiScenario.assertField;
import static dev.tocsin.identity.UsersApiScenario.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient;
import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Teams over HTTP: admins create them and replace their membership, everyone from viewer up reads them. */
abstract class TeamsApiScenario extends TocsinTest {

    @Test
    void an_admin_creates_a_team_which_is_then_read_listed_and_given_new_members() {
        String slug = unique("night-owls");
        Response created = api().post("/api/v1/teams", """
                {"slug": "%s", "name": "Night Owls", "organization": "customer-portal",
                 "description": "Covers the small hours.",
                 "members": [{"username": "maya.ortiz", "role": "Primary On-Call"}, {"username": "ken.ito"}]}"""
                .formatted(slug));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/v1/teams/" + slug);
        JsonNode read = api().get(created.location()).json();
        assertThat(read.toString()).isEqualTo(created.json().toString());
        assertThat(read.path("members").toString()).isEqualTo("[{\"username\":\"ken.ito\",\"role\":\"member\"},"
                + "{\"username\":\"maya.ortiz\",\"role\":\"Primary On-Call\"}]");
        assertThat(StreamSupport.stream(api().get("/api/v1/teams").json().spliterator(), false)
                .map(t -> t.path("slug").asString())).contains(slug, "portal-engineering");

        Response updated = api().put("/api/v1/teams/" + slug, """
                {"name": "Night Owls EU", "organization": "customer-portal",
                 "members": [{"username": "sara.lind", "role": "Lead"}]}""");

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        JsonNode after = api().get("/api/v1/teams/" + slug).json();
        assertThat(after.path("name").asString()).isEqualTo("Night Owls EU");
        assertThat(after.path("description").isNull()).isTrue();
        assertThat(after.path("members").toString()).isEqualTo("[{\"username\":\"sara.lind\",\"role\":\"Lead\"}]");
    }

    @Test
    void creating_a_slug_in_use_is_a_409_and_updating_an_unknown_team_a_404() {
        Response taken = api().post("/api/v1/teams", """
                {"slug": "portal-engineering", "name": "Copy", "organization": "customer-portal"}""");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.text("type")).isEqualTo("urn:tocsin:problem:already-exists");
        assertThat(taken.text("detail")).contains("portal-engineering");

        Response missing = api().put("/api/v1/teams/no-such-team", """
                {"name": "Ghosts", "organization": "customer-portal", "members": []}""");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("detail")).contains("no-such-team");
    }

    @Test
    void a_member_who_is_not_a_user_is_a_422_naming_the_username_and_nothing_is_stored() {
        String slug = unique("ghosts");
        Response refused = api().post("/api/v1/teams", """
                {"slug": "%s", "name": "Ghosts", "organization": "customer-portal",
                 "members": [{"username": "maya.ortiz"}, {"username": "casper"}]}""".formatted(slug));

        assertField(refused, 422, "members[1].username");
        assertThat(refused.text("detail")).contains("'casper'");
        assertThat(api().get("/api/v1/teams/" + slug).status()).isEqualTo(404);

        Response membership = api().put("/api/v1/teams/portal-engineering", """
                {"name": "Customer Portal Engineering", "organization": "customer-portal",
                 "members": [{"username": "casper"}]}""");
        assertField(membership, 422, "members[0].username");
        // Left out, members read as none: the team, and any escalation level paging it, would reach nobody.
        assertField(api().put("/api/v1/teams/portal-engineering", """
                {"name": "Renamed only", "organization": "customer-portal"}"""), 422, "members");
        assertThat(api().get("/api/v1/teams/portal-engineering").json().path("members").size()).isGreaterThan(1);
    }

    @Test
    void other_bad_input_is_refused_with_a_problem_naming_the_field() {
        assertField(api().post("/api/v1/teams", """
                {"slug": "%s", "organization": "customer-portal"}""".formatted(unique("t"))), 422, "name");
        assertField(api().post("/api/v1/teams", """
                {"name": "No slug", "organization": "customer-portal"}"""), 422, "slug");
        assertField(api().post("/api/v1/teams", """
                {"slug": "Bad Slug", "name": "T", "organization": "customer-portal"}"""), 422, "slug");
        assertField(api().post("/api/v1/teams", """
                {"slug": "%s", "name": "Nul\\u0000Team", "organization": "customer-portal"}"""
                .formatted(unique("t"))), 422, "name");
        assertField(api().post("/api/v1/teams", """
                {"slug": "%s", "name": "T", "organization": "customer-portal",
                 "members": [{"username": "ken.ito", "role": "lead\\u0007"}]}""".formatted(unique("t"))), 422,
                "members[0].role");
        assertField(api().post("/api/v1/teams", """
                {"slug": "%s", "name": "T", "organization": "atlantis"}""".formatted(unique("t"))), 422,
                "organization");
        assertField(api().post("/api/v1/teams", """
                {"slug": "%s", "name": "T", "organization": "customer-portal",
                 "members": [{"username": "ken.ito"}, {"username": "ken.ito"}]}""".formatted(unique("t"))), 422,
                "members[1].username");
        assertField(api().post("/api/v1/teams", """
                {"slug": "%s", "name": "T", "organization": "customer-portal", "members": [{"role": "Lead"}]}"""
                .formatted(unique("t"))), 422, "members[0].username");
        assertField(api().post("/api/v1/teams", """
                {"slug": "%s", "name": "T", "organization": "customer-portal", "members": [null]}"""
                .formatted(unique("t"))), 422, "members[0]");
        Response unknownField = api().post("/api/v1/teams", """
                {"slug": "%s", "name": "T", "organization": "customer-portal", "owner": "ken.ito"}"""
                .formatted(unique("t")));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.text("detail")).contains("'owner'");
    }

    @Test
    void viewers_and_responders_read_teams_but_may_not_create_or_change_them() {
        for (String role : new String[] {"viewer", "responder"}) {
            ApiClient client = api(api().post("/api/v1/tokens", """
                    {"name": "%s", "role": "%s"}""".formatted(unique(role), role)).text("token"));
            assertThat(client.get("/api/v1/teams").status()).isEqualTo(200);
            assertThat(client.get("/api/v1/teams/portal-engineering").status()).isEqualTo(200);
            assertThat(client.post("/api/v1/teams", """
                    {"slug": "%s", "name": "T", "organization": "customer-portal"}""".formatted(unique("t")))
                    .status()).as(role).isEqualTo(403);
            assertThat(client.put("/api/v1/teams/portal-engineering", """
                    {"name": "Taken over", "organization": "customer-portal"}""").status()).as(role).isEqualTo(403);
        }
        assertThat(api().get("/api/v1/teams/portal-engineering").text("name")).isEqualTo("Customer Portal Engineering");
    }
}
