package dev.tocsin.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.net.http.HttpRequest.BodyPublishers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Both seeds' severity tables import as their organization's severity policy; a row Tocsin cannot
 * read changes nothing.
 */
class SeverityTablesImportAsThePolicyTest extends TocsinTest {

    @AfterEach
    void restoreTheSeedPolicies() {
        api().post("/api/v1/runbooks/crm-platform-incident-response/import/severities", "");
        api().post("/api/v1/runbooks/customer-portal-incident-response/import/severities", "");
    }

    @Test
    void the_customer_portal_table_gives_p1_to_p4_with_names_response_times_and_examples() {
        Response imported = api().post("/api/v1/runbooks/customer-portal-incident-response/import/severities", "");

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode p1 = imported.json().get(0);
        assertThat(p1.path("code").asString()).isEqualTo("P1");
        assertThat(p1.path("name").asString()).isEqualTo("Critical");
        assertThat(p1.path("definition").asString()).isEqualTo("Complete service outage or data loss");
        assertThat(p1.path("examples").toString()).contains("Portal unreachable", "security breach");
        assertThat(imported.json().findValuesAsString("responseTimeLabel"))
                .containsExactly("15 minutes", "1 hour", "4 hours", "24 hours");
    }

    @Test
    void the_crm_table_makes_p4_due_the_next_business_day_and_keeps_the_names_it_does_not_give() {
        String before = api().get("/api/v1/severities?organization=crm-platform").json().get(0).path("name").asString();

        Response imported = api().post("/api/v1/runbooks/crm-platform-incident-response/import/severities", "");

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get(3).path("responseTime").asString()).isEqualTo("NEXT_BUSINESS_DAY");
        assertThat(imported.json().get(0).path("definition").asString()).isEqualTo("Complete outage, data loss");
        assertThat(imported.json().get(0).path("name").asString()).isEqualTo(before);
    }

    @Test
    void a_response_time_tocsin_cannot_read_is_a_422_naming_it_and_the_policy_stays() {
        String slug = "odd-severities-" + System.nanoTime();
        api().send("POST", "/api/v1/runbooks?organization=crm-platform&slug=" + slug, BodyPublishers.ofString("""
                # Odd
                | Severity | Description | Response Time |
                |---|---|---|
                | P1 | Everything down | 15 minutes |
                | P2 | Some things down | soonish |
                """), "text/markdown");
        String policy = api().get("/api/v1/severities?organization=crm-platform").body();

        Response refused = api().post("/api/v1/runbooks/crm-platform-" + slug + "/import/severities", "");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("detail")).contains("'soonish'").contains("P2");
        assertThat(api().get("/api/v1/severities?organization=crm-platform").body()).isEqualTo(policy);
    }
}
