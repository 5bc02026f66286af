package dev.tocsin.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient;
import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.net.http.HttpRequest.BodyPublishers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Runbooks over the API: the examples' seeds loaded and parsed, Markdown posted and replaced, lint, bad input. */
class RunbooksApiTest extends TocsinTest {

    private static final String MARKDOWN = "text/markdown";

    @Test
    void the_example_organizations_runbooks_are_loaded_and_read_into_scenarios_and_steps() {
        Response list = api().get("/api/v1/runbooks");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().findValuesAsString("id")).contains("customer-portal-incident-response",
                "crm-platform-incident-response");

        JsonNode crm = api().get("/api/v1/runbooks/crm-platform-incident-response").json();
        JsonNode stuck = null;
        for (JsonNode scenario : crm.path("runbook").path("scenarios")) {
            if (scenario.path("slug").asString().equals("worker-queue-stuck")) {
                stuck = scenario;
            }
        }
        assertThat(stuck).isNotNull();
        JsonNode depth = stuck.path("steps").get(1);
        assertThat(depth.path("type").asString()).isEqualTo("redis");
        assertThat(depth.path("arguments").toString()).isEqualTo("[\"LLEN\",\"crm-events\"]");
        assertThat(depth.path("basics").path("kind").asString()).isEqualTo("DIAGNOSTIC");
        assertThat(crm.path("runbook").path("severities").get(3).path("responseTime").asString())
                .isEqualTo("Next business day");
        assertThat(api().get("/api/v1/runbooks/crm-platform-incident-response/markdown").body())
                .startsWith("# Incident Response Runbook");
    }

    @Test
    void lint_of_the_customer_portal_runbook_reports_its_placeholder_contacts() {
        Response lint = api().get("/api/v1/runbooks/customer-portal-incident-response/lint");

        assertThat(lint.status()).isEqualTo(200);
        assertThat(lint.json().path("findings").findValuesAsString("rule")).contains("placeholder",
                "no-real-contact", "no-diagnosis");
        assertThat(lint.body()).contains("[Slack/PagerDuty]").contains("[Phone]");
    }

    @Test
    void a_lead_posts_markdown_then_replaces_it_and_a_second_post_of_the_same_id_is_a_conflict() {
        String slug = "cache-" + System.nanoTime();
        String path = "/api/v1/runbooks?organization=crm-platform&slug=" + slug;
        Response created = api().send("POST", path, BodyPublishers.ofString("""
                # Cache
                ## Cache down
                **Check:**
                ```bash
                redis-cli ping
                ```
                """), MARKDOWN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/v1/runbooks/crm-platform-" + slug);
        assertThat(created.json().path("runbook").path("scenarios").get(0).path("steps").get(0).path("type").asString())
                .isEqualTo("redis");

        Response again = api().send("POST", path, BodyPublishers.ofString("# Cache\n"), MARKDOWN);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.text("detail")).contains("PUT /api/v1/runbooks/crm-platform-" + slug);

        Response replaced = api().send("PUT", "/api/v1/runbooks/crm-platform-" + slug,
                BodyPublishers.ofString("# Cache, second edition\n"), MARKDOWN);
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(api().get("/api/v1/runbooks/crm-platform-" + slug).json().path("runbook").path("title").asString())
                .isEqualTo("Cache, second edition");
    }

    @Test
    void an_empty_body_an_unknown_organization_and_a_viewer_are_refused_with_what_to_fix() {
        Response empty = api().send("POST", "/api/v1/runbooks?organization=crm-platform", BodyPublishers.ofString(""),
                MARKDOWN);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.text("detail")).contains("send the runbook's Markdown");

        Response unknown = api().send("POST", "/api/v1/runbooks?organization=nowhere",
                BodyPublishers.ofString("# X\n"), MARKDOWN);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.text("detail")).contains("no organization 'nowhere'");

        Response token = api().post("/api/v1/tokens", "{\"name\": \"runbook-viewer-" + System.nanoTime()
                + "\", \"role\": \"viewer\"}");
        ApiClient viewer = api(token.text("token"));
        assertThat(viewer.send("POST", "/api/v1/runbooks?organization=crm-platform", BodyPublishers.ofString("# X\n"),
                MARKDOWN).status()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/runbooks/crm-platform-incident-response").status()).isEqualTo(200);
        assertThat(api().get("/api/v1/runbooks/nothing-here").status()).isEqualTo(404);
    }
}
