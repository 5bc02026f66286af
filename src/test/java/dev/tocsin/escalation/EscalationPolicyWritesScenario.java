package dev.tocsin.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.catalog.Catalog;
import dev.tocsin.catalog.Service;
import dev.tocsin.catalog.ServiceKind;
import dev.tocsin.support.ApiClient;
import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Creating and replacing escalation policies over HTTP, in the shape GET shows them. Each test
 * points policies only at services it makes itself: the seeds' services keep the seeds' policies
 * for the other tests sharing the database.
 */
abstract class EscalationPolicyWritesScenario extends TocsinTest {

    private static final String POLICY = """
            {"slug": "%s", "name": "Night shift", "organization": "customer-portal", "services": [%s],
             "levels": [
              {"name": "L1 on call", "targets": [{"type": "onCall", "schedule": "portal-on-call", "layer": "primary"}],
               "triggers": [{}]},
              {"name": "L2 lead", "targets": [{"type": "person", "username": "%s"}],
               "triggers": [{"severities": ["P1", "P2"], "unresolvedFor": "PT30M"}]}]}""";

    @Autowired
    Catalog catalog;

    @Test
    void an_admin_creates_a_policy_which_is_then_read_listed_and_replaced_as_a_whole() {
        String slug = unique("night");
        String service = newService();
        Response created = api().post("/api/v1/escalation-policies",
                POLICY.formatted(slug, "\"" + service + "\"", "sara.lind"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/v1/escalation-policies/" + slug);
        JsonNode read = api().get(created.location()).json();
        assertThat(read.toString()).isEqualTo(created.json().toString());
        assertThat(read.path("services").toString()).isEqualTo("[\"" + service + "\"]");
        assertThat(read.path("levels").get(1).path("triggers").get(0).path("unresolvedFor").asString())
                .isEqualTo("PT30M");
        assertThat(StreamSupport.stream(api().get("/api/v1/escalation-policies").json().spliterator(), false)
                .map(p -> p.path("slug").asString())).contains(slug, "customer-portal");

        Response updated = api().put("/api/v1/escalation-policies/" + slug, """
                {"name": "Security first", "organization": "customer-portal", "services": [],
                 "levels": [{"name": "Security", "targets": [{"type": "team", "team": "portal-security"},
                                                              {"type": "vendorSupport"}],
                             "triggers": [{"customerImpact": true}, {"unacknowledgedFor": "PT15M"}]}]}""");

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        JsonNode after = api().get("/api/v1/escalation-policies/" + slug).json();
        assertThat(after.path("name").asString()).isEqualTo("Security first");
        assertThat(after.path("services").size()).as("a service left out no longer uses the policy").isZero();
        assertThat(after.path("levels").size()).isEqualTo(1);
        assertThat(after.path("levels").get(0).path("targets").toString())
                .isEqualTo("[{\"type\":\"team\",\"team\":\"portal-security\"},{\"type\":\"vendorSupport\"}]");
        assertThat(after.path("levels").get(0).path("triggers").get(1).path("unacknowledgedFor").asString())
                .isEqualTo("PT15M");
    }

    @Test
    void a_policy_created_over_the_api_is_the_one_its_service_escalates_by() {
        String lead = unique("lena");
        assertThat(api().post("/api/v1/users", """
                {"username": "%s", "displayName": "Lena Lead", "organization": "customer-portal"}"""
                .formatted(lead)).status()).isEqualTo(201);
        String service = newService();
        String slug = unique("by-api");
        String body = POLICY.formatted(slug, "\"" + service + "\"", lead)
                .replace("{\"type\": \"onCall\", \"schedule\": \"portal-on-call\", \"layer\": \"primary\"}",
                        "{\"type\": \"person\", \"username\": \"" + lead + "\"}");
        assertThat(api().post("/api/v1/escalation-policies", body).status()).isEqualTo(201);
        assertThat(api().get("/api/v1/escalation-policies/" + slug).json().path("services").toString())
                .isEqualTo("[\"" + service + "\"]");

        String incident = api().post("/api/v1/incidents", """
                {"title": "Night shift test", "severity": "P3", "services": ["%s"]}""".formatted(service)).text("id");
        assertThat(api().get("/api/v1/incidents/" + incident + "/escalation").text("policy")).isEqualTo(slug);
        Response escalated = api().post("/api/v1/incidents/" + incident + "/escalate", "");

        assertThat(escalated.status()).as(escalated.body()).isEqualTo(200);
        assertThat(escalated.text("level")).isEqualTo("L1 on call");
        assertThat(escalated.json().path("people").toString()).isEqualTo("[\"" + lead + "\"]");
    }

    @Test
    void a_policy_read_with_get_can_be_sent_back_with_put_unchanged() {
        String slug = unique("copy");
        String copy = api().get("/api/v1/escalation-policies/crm-platform").body()
                .replace("\"crm-platform\",\"name\"", "\"" + slug + "\",\"name\"")
                .replaceFirst("\"services\":\\[[^]]*]", "\"services\":[]");
        assertThat(copy).contains(slug);
        assertThat(api().post("/api/v1/escalation-policies", copy).status()).isEqualTo(201);

        Response again = api().put("/api/v1/escalation-policies/" + slug,
                api().get("/api/v1/escalation-policies/" + slug).body());

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(copy);
    }

    @Test
    void creating_a_slug_in_use_is_a_409_and_replacing_an_unknown_policy_a_404() {
        Response taken = api().post("/api/v1/escalation-policies", POLICY.formatted("customer-portal", "", "sara.lind"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.text("type")).isEqualTo("urn:tocsin:problem:already-exists");
        assertThat(api().get("/api/v1/escalation-policies/customer-portal").json().path("levels").size()).isEqualTo(4);

        Response missing = api().put("/api/v1/escalation-policies/no-such-policy",
                POLICY.formatted("no-such-policy", "", "sara.lind"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("detail")).contains("no-such-policy");
    }

    @Test
    void a_put_that_leaves_out_services_is_refused_rather_than_taking_the_policy_from_all_of_them() {
        String slug = unique("night");
        String service = newService();
        assertThat(api().post("/api/v1/escalation-policies", POLICY.formatted(slug, "\"" + service + "\"",
                "sara.lind")).status()).isEqualTo(201);

        Response renamed = api().put("/api/v1/escalation-policies/" + slug, POLICY.formatted(slug, "", "sara.lind")
                .replace("\"services\": [],", "").replace("Night shift", "Nights"));

        assertThat(renamed.status()).as(renamed.body()).isEqualTo(422);
        assertThat(renamed.json().path("errors").get(0).path("field").asString()).isEqualTo("services");
        assertThat(api().get("/api/v1/escalation-policies/" + slug).json().path("services").toString())
                .isEqualTo("[\"" + service + "\"]");
    }

    @Test
    void unknown_references_and_broken_rules_are_422s_naming_the_field_and_nothing_is_stored() {
        String slug = unique("bad");
        String good = POLICY.formatted(slug, "", "sara.lind");
        refused(good.replace("\"sara.lind\"", "\"casper\""), "levels[1].targets[0].username", "'casper'");
        refused(good.replace("\"portal-on-call\"", "\"nowhere-on-call\""), "levels[0].targets[0].schedule",
                "'nowhere-on-call'");
        refused(good.replace("\"primary\"", "\"tertiary\""), "levels[0].targets[0].layer", "'tertiary'");
        refused(good.replace("{\"type\": \"person\", \"username\": \"sara.lind\"}", "{\"type\": \"team\", \"team\": "
                + "\"ghost-team\"}"), "levels[1].targets[0].team", "'ghost-team'");
        refused(POLICY.formatted(slug, "\"no-such-service\"", "sara.lind"), "services[0]", "'no-such-service'");
        refused(POLICY.formatted(slug, "\"crm-backend\"", "sara.lind"), "services[0]", "'crm-backend'");
        refused(good.replace("\"P2\"", "\"SEV9\""), "levels[1].triggers[0].severities", "'SEV9'");
        refused(good.replace("\"PT30M\"", "\"half an hour\""), "levels[1].triggers[0].unresolvedFor", "PT30M");
        refused(good.replace("\"PT30M\"", "\"-PT30M\""), "levels[1].triggers[0]", "negative");
        refused(good.replace("\"type\": \"person\"", "\"type\": \"pager\""), "levels[1].targets[0].type", "'pager'");
        refused(good.replace("\"type\": \"person\", ", "\"type\": \"person\", \"team\": \"portal-security\", "),
                "levels[1].targets[0].team", "only for targets of type team");
        refused(good.replace("\"type\": \"onCall\", \"schedule\": \"portal-on-call\", ", "\"type\": \"onCall\", "),
                "levels[0].targets[0].schedule", "required");
        refused(good.replace("\"targets\": [{\"type\": \"person\", \"username\": \"sara.lind\"}]", "\"targets\": []"),
                "levels[1].targets", "reaches nobody");
        refused(good.replace("\"triggers\": [{}]", "\"triggers\": []"), "levels[0].triggers", "never falls due");
        refused(good.replace("\"L2 lead\"", "\"L1 on call\""), "levels", "twice");
        refused(good.replace("customer-portal", "atlantis"), "organization", "atlantis");
        refused(good.replace("\"name\": \"Night shift\", ", ""), "name", "required");
        refused(good.replace(slug, "Bad Slug"), "slug", "lowercase");
        refused("""
                {"slug": "%s", "name": "Empty", "organization": "customer-portal", "levels": []}""".formatted(slug),
                "levels", "at least one level");
        assertThat(api().get("/api/v1/escalation-policies/" + slug).status()).isEqualTo(404);
    }

    @Test
    void a_schedule_cannot_be_replaced_without_a_layer_a_policy_targets_as_its_level_would_reach_nobody() {
        String schedule = unique("nights");
        String twoLayers = """
                {"slug": "%s", "organization": "customer-portal", "name": "Nights", "timeZone": "UTC",
                 "layers": [{"name": "primary", "rotation": "weekly", "start": "2026-01-05T09:00",
                             "participants": ["maya.ortiz"]},
                            {"name": "secondary", "rotation": "weekly", "start": "2026-01-05T09:00",
                             "participants": ["ken.ito"]}]}""".formatted(schedule);
        assertThat(api().post("/api/v1/schedules", twoLayers).status()).isEqualTo(201);
        String policy = unique("night");
        assertThat(api().post("/api/v1/escalation-policies", POLICY.formatted(policy, "", "sara.lind")
                .replace("\"portal-on-call\", \"layer\": \"primary\"",
                        "\"" + schedule + "\", \"layer\": \"secondary\"")).status()).isEqualTo(201);

        Response renamed = api().put("/api/v1/schedules/" + schedule, twoLayers.replace("secondary", "backup"));

        assertThat(renamed.status()).as(renamed.body()).isEqualTo(409);
        assertThat(renamed.text("type")).isEqualTo("urn:tocsin:problem:layer-in-use");
        assertThat(renamed.text("detail")).contains("'secondary'").contains(policy).contains("L1 on call");
        assertThat(api().get("/api/v1/schedules/" + schedule).json().path("layers").get(1).path("name").asString())
                .isEqualTo("secondary");
        // A layer nothing names may go, and the one in use may change its people.
        Response kept = api().put("/api/v1/schedules/" + schedule, twoLayers
                .replace("""
                        {"name": "primary", "rotation": "weekly", "start": "2026-01-05T09:00",
                                     "participants": ["maya.ortiz"]},
                                    """, "").replace("\"ken.ito\"", "\"maya.ortiz\""));
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(kept.json().path("layers").size()).isEqualTo(1);
    }

    @Test
    void viewers_and_responders_read_policies_but_may_not_create_or_change_them() {
        for (String role : new String[] {"viewer", "responder"}) {
            ApiClient client = api(api().post("/api/v1/tokens", """
                    {"name": "%s", "role": "%s"}""".formatted(unique(role), role)).text("token"));
            assertThat(client.get("/api/v1/escalation-policies/customer-portal").status()).isEqualTo(200);
            assertThat(client.post("/api/v1/escalation-policies", POLICY.formatted(unique("p"), "", "sara.lind"))
                    .status()).as(role).isEqualTo(403);
            assertThat(client.put("/api/v1/escalation-policies/customer-portal",
                    POLICY.formatted("customer-portal", "", "sara.lind")).status()).as(role).isEqualTo(403);
        }
        assertThat(api().get("/api/v1/escalation-policies/customer-portal").json().path("levels").size()).isEqualTo(4);
    }

    private String newService() {
        String slug = unique("svc");
        catalog.save(new Service(slug, "customer-portal", "Service " + slug, ServiceKind.INTERNAL, null, null, null,
                null));
        return slug;
    }

    private void refused(String body, String field, String detail) {
        Response response = api().post("/api/v1/escalation-policies", body);
        assertThat(response.status()).as(body + " -> " + response.body()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").get(0).path("field").asString()).as(response.body()).isEqualTo(field);
        assertThat(response.text("detail")).contains(field).contains(detail);
    }

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }
}
