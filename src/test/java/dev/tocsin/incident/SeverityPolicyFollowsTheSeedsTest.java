package dev.tocsin.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.TocsinTest;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SeverityPolicyFollowsTheSeedsTest extends TocsinTest {

    @Test
    void the_customer_portal_policy_is_the_runbooks_table() {
        List<JsonNode> portal = severities("customer-portal");
        assertThat(portal).extracting(s -> s.path("code").asString()).containsExactly("P1", "P2", "P3", "P4");
        assertThat(portal).extracting(s -> s.path("responseTime").asString())
                .containsExactly("PT15M", "PT1H", "PT4H", "PT24H");
        assertThat(portal.getFirst().path("name").asString()).isEqualTo("Critical");
        assertThat(portal.getFirst().path("definition").asString()).isEqualTo("Complete service outage or data loss");
        assertThat(portal.getFirst().path("examples").toString())
                .isEqualTo("[\"Portal unreachable\",\"Database corruption\",\"Security breach\"]");
        assertThat(portal.get(2).path("definition").asString()).isEqualTo("Degraded performance or partial outage");
    }

    @Test
    void the_crm_policy_answers_p4_on_the_next_business_day() {
        List<JsonNode> crm = severities("crm-platform");
        assertThat(crm).extracting(s -> s.path("responseTime").asString())
                .containsExactly("PT15M", "PT1H", "PT4H", "NEXT_BUSINESS_DAY");
        assertThat(crm.getLast().path("definition").asString()).isEqualTo("Non-urgent bug");

        clock.set(Instant.parse("2026-11-27T16:30:00Z")); // a Friday afternoon
        var declared = api().post("/api/v1/incidents",
                "{\"title\": \"Typo on the contacts page\", \"severity\": \"P4\", \"services\": [\"crm-backend\"]}");
        assertThat(declared.text("responseDueAt")).isEqualTo("2026-11-30T17:00:00Z");
    }

    @Test
    void without_a_filter_every_organizations_policy_is_listed() {
        var all = StreamSupport.stream(api().get("/api/v1/severities").json().spliterator(), false).toList();
        assertThat(all).hasSize(8);
        assertThat(api().get("/api/v1/severities?organization=nope").status()).isEqualTo(404);
    }

    private List<JsonNode> severities(String organization) {
        return StreamSupport.stream(api().get("/api/v1/severities?organization=" + organization).json().spliterator(),
                false).toList();
    }
}
