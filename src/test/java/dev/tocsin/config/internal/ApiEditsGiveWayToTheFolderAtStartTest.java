package dev.tocsin.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tocsin.catalog.Catalog;
import dev.tocsin.catalog.Service;
import dev.tocsin.catalog.ServiceKind;
import dev.tocsin.support.TocsinTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * What docs/configuration.md promises about API edits: at start (here: the loader run again) the
 * folder's version of what it defines wins, and what only the API made is left alone.
 */
class ApiEditsGiveWayToTheFolderAtStartTest extends TocsinTest {

    @Autowired
    OrganizationLoader loader;
    @Autowired
    Catalog catalog;

    /** Puts the seeds back whatever a test left, for the tests sharing this database. */
    @AfterEach
    void reloadTheFolders() {
        loader.load();
        jdbc.sql("UPDATE app_user SET password_hash = NULL WHERE username = 'ken.ito'").update();
    }

    @Test
    void the_folders_version_of_a_user_team_schedule_and_policy_replaces_api_edits_at_start() {
        jdbc.sql("UPDATE app_user SET password_hash = '{noop}kens-secret' WHERE username = 'ken.ito'").update();
        ok(api().put("/api/v1/users/ken.ito", """
                {"displayName": "Kenneth", "organization": "customer-portal", "role": "viewer"}""").status());
        ok(api().put("/api/v1/teams/portal-security", """
                {"name": "Security", "organization": "customer-portal", "members": [{"username": "maya.ortiz"}]}""")
                .status());
        ok(api().put("/api/v1/schedules/crm-on-call", api().get("/api/v1/schedules/crm-on-call").body()
                .replace("[\"priya.nair\",\"tom.becker\"]", "[\"tom.becker\",\"priya.nair\"]")).status());
        ok(api().put("/api/v1/escalation-policies/crm-platform", api().get("/api/v1/escalation-policies/crm-platform")
                .body().replace("\"name\":\"CRM Platform\"", "\"name\":\"Edited\"")).status());
        String apiOnly = "api-only-" + System.nanoTime();
        assertThat(api().post("/api/v1/users", """
                {"username": "%s", "displayName": "API Only", "organization": "crm-platform"}""".formatted(apiOnly))
                .status()).isEqualTo(201);

        loader.load();

        var ken = api().get("/api/v1/users/ken.ito").json();
        assertThat(ken.path("displayName").asString()).isEqualTo("Ken Ito");
        assertThat(ken.path("role").asString()).isEqualTo("responder");
        assertThat(jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'ken.ito'").query(String.class)
                .single()).as("a sign-in password is kept").isEqualTo("{noop}kens-secret");
        assertThat(api().get("/api/v1/teams/portal-security").json().path("members").toString())
                .contains("lea.fischer").doesNotContain("maya.ortiz");
        assertThat(api().get("/api/v1/schedules/crm-on-call").json().path("layers").get(0).path("participants")
                .toString()).isEqualTo("[\"priya.nair\",\"tom.becker\"]");
        assertThat(api().get("/api/v1/escalation-policies/crm-platform").text("name")).isEqualTo("CRM Platform");
        assertThat(api().get("/api/v1/users/" + apiOnly).text("displayName")).isEqualTo("API Only");
    }

    @Test
    void a_folder_policy_takes_back_its_services_while_services_only_the_api_pointed_stay() {
        String own = "own-" + System.nanoTime();
        catalog.save(new Service(own, "crm-platform", "Own", ServiceKind.INTERNAL, null, null, null, null));
        String slug = "api-policy-" + System.nanoTime();
        assertThat(api().post("/api/v1/escalation-policies", """
                {"slug": "%s", "name": "API policy", "organization": "crm-platform", "services": ["crm-worker", "%s"],
                 "levels": [{"name": "L1", "targets": [{"type": "person", "username": "nina.petrova"}],
                             "triggers": [{}]}]}""".formatted(slug, own)).status()).isEqualTo(201);
        assertThat(api().get("/api/v1/escalation-policies/crm-platform").json().path("services").toString())
                .doesNotContain("crm-worker");

        loader.load();

        assertThat(api().get("/api/v1/escalation-policies/crm-platform").json().path("services").toString())
                .contains("crm-worker");
        assertThat(api().get("/api/v1/escalation-policies/" + slug).json().path("services").toString())
                .isEqualTo("[\"" + own + "\"]");
    }

    @Test
    void a_folder_that_would_drop_a_layer_an_api_policy_targets_stops_start_up_and_changes_nothing() {
        JsonNode crm = api().get("/api/v1/schedules/crm-on-call").json();
        String withBackup = crm.toString().replace("\"restrictions\":[]}]", "\"restrictions\":[]},"
                + "{\"name\":\"backup\",\"rotation\":\"weekly\",\"customLength\":null,"
                + "\"start\":\"2026-01-05T09:00:00\",\"participants\":[\"nina.petrova\"],\"restrictions\":[]}]");
        ok(api().put("/api/v1/schedules/crm-on-call", withBackup).status());
        String slug = "backup-policy-" + System.nanoTime();
        String policy = """
                {"slug": "%s", "name": "Backup", "organization": "crm-platform", "services": [],
                 "levels": [{"name": "L1", "targets": [{"type": "onCall", "schedule": "crm-on-call", "layer": "%s"}],
                             "triggers": [{}]}]}""";
        assertThat(api().post("/api/v1/escalation-policies", policy.formatted(slug, "backup")).status())
                .isEqualTo(201);
        try {
            // The folder's crm-on-call has no backup layer: applied as it is, the policy's level would reach nobody.
            assertThatThrownBy(() -> loader.load()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(slug).hasMessageContaining("'backup'");
            assertThat(api().get("/api/v1/schedules/crm-on-call").json().path("layers").size())
                    .as("nothing of the folders was applied").isEqualTo(2);
        } finally {
            ok(api().put("/api/v1/escalation-policies/" + slug, policy.formatted(slug, "primary")).status());
        }
    }

    private static void ok(int status) {
        assertThat(status).isEqualTo(200);
    }
}
