package dev.tocsin.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The example organizations' escalation policies, loaded from escalation.yaml, over HTTP. */
abstract class EscalationPoliciesScenario extends TocsinTest {

    @Autowired
    EscalationPolicies policies;

    @Test
    void the_example_policies_are_the_seed_runbooks_escalation() {
        for (String service : List.of("portal-bff", "portal-redis", "portal-postgresql", "salesforce", "whmcs",
                "freebit")) {
            assertThat(policies.forService(service)).contains(SeedPolicies.CUSTOMER_PORTAL);
        }
        for (String service : List.of("crm-backend", "crm-worker", "crm-events", "crm-postgresql",
                "social-publishing")) {
            assertThat(policies.forService(service)).contains(SeedPolicies.CRM);
        }
        assertThat(policies.forService("no-such-service")).isEmpty();
        assertThat(policies.all()).extracting(StoredEscalationPolicy::policy)
                .contains(SeedPolicies.CRM, SeedPolicies.CUSTOMER_PORTAL);
    }

    @Test
    void a_policy_shows_its_levels_targets_triggers_and_services() {
        JsonNode list = api().get("/api/v1/escalation-policies").json();
        assertThat(StreamSupport.stream(list.spliterator(), false).map(p -> p.path("slug").asString()))
                .contains("crm-platform", "customer-portal");

        JsonNode portal = api().get("/api/v1/escalation-policies/customer-portal").json();
        assertThat(portal.path("name").asString()).isEqualTo("Customer Portal");
        assertThat(portal.path("organization").asString()).isEqualTo("customer-portal");
        assertThat(portal.path("services").toString())
                .isEqualTo("[\"freebit\",\"portal-bff\",\"portal-postgresql\",\"portal-redis\",\"salesforce\",\"whmcs\"]");
        JsonNode levels = portal.path("levels");
        assertThat(levels.get(0).toString()).isEqualTo("{\"name\":\"L1 on-call engineer\",\"targets\":[{\"type\":"
                + "\"onCall\",\"schedule\":\"portal-on-call\",\"layer\":\"primary\"}],\"triggers\":[{\"severities\":[],"
                + "\"responseTargetMissed\":false,\"customerImpact\":false,\"externalServiceAffected\":false}]}");
        assertThat(levels.get(1).path("targets").toString()).isEqualTo("[{\"type\":\"person\",\"username\":\"sara.lind\"}]");
        assertThat(levels.get(1).path("triggers").get(0).path("severities").toString()).isEqualTo("[\"P1\",\"P2\"]");
        assertThat(levels.get(1).path("triggers").get(0).path("unresolvedFor").asString()).isEqualTo("PT30M");
        assertThat(levels.get(2).path("triggers").get(1).path("customerImpact").asBoolean()).isTrue();
        assertThat(levels.get(3).path("targets").toString()).isEqualTo("[{\"type\":\"vendorSupport\"}]");
        assertThat(levels.get(3).path("triggers").get(0).path("externalServiceAffected").asBoolean()).isTrue();

        JsonNode crm = api().get("/api/v1/escalation-policies/crm-platform").json().path("levels");
        assertThat(crm.get(2).path("targets").toString()).isEqualTo("[{\"type\":\"team\",\"team\":\"crm-devops\"}]");
        assertThat(crm.get(3).path("triggers").get(0).path("unacknowledgedFor").asString()).isEqualTo("PT45M");
    }

    @Test
    void an_unknown_policy_is_a_404_and_a_viewer_may_read() {
        Response missing = api().get("/api/v1/escalation-policies/nothing-here");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.text("detail")).contains("nothing-here");

        String token = api().post("/api/v1/tokens", """
                {"name": "viewer-%s", "role": "viewer"}""".formatted(UUID.randomUUID())).text("token");
        assertThat(api(token).get("/api/v1/escalation-policies").status()).isEqualTo(200);
        assertThat(api(token).get("/api/v1/escalation-policies/crm-platform").status()).isEqualTo(200);
        assertThat(api(null).get("/api/v1/escalation-policies").status()).isEqualTo(401);
    }
}
