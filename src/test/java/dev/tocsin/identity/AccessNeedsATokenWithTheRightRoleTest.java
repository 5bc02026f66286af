package dev.tocsin.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient;
import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import org.junit.jupiter.api.Test;

class AccessNeedsATokenWithTheRightRoleTest extends TocsinTest {

    private static final String DECLARE = "{\"title\": \"Orders stuck\", \"severity\": \"P2\", \"services\": [\"salesforce\"]}";

    @Test
    void without_a_token_the_api_answers_401_problem_details() {
        Response r = api(null).get("/api/v1/incidents");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.text("detail")).contains("Authorization: Bearer");
    }

    @Test
    void an_unknown_token_is_a_401() {
        Response r = api("tcn_not-a-real-token").get("/api/v1/incidents");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.text("title")).isEqualTo("Invalid token");
    }

    @Test
    void a_viewer_reads_but_may_not_declare() {
        ApiClient viewer = api(issue("viewer-" + System.nanoTime(), "viewer"));
        assertThat(viewer.get("/api/v1/incidents").status()).isEqualTo(200);
        assertThat(viewer.get("/api/v1/severities").status()).isEqualTo(200);

        Response refused = viewer.post("/api/v1/incidents", DECLARE);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("detail")).contains("POST /api/v1/incidents");
    }

    @Test
    void a_responder_declares_and_changes_but_may_not_issue_tokens() {
        ApiClient responder = api(issue("responder-" + System.nanoTime(), "responder"));
        Response declared = responder.post("/api/v1/incidents", DECLARE);
        assertThat(declared.status()).isEqualTo(201);
        assertThat(declared.text("createdBy")).startsWith("token:responder-");
        assertThat(responder.patch("/api/v1/incidents/" + declared.text("number"), "{\"status\": \"acknowledged\"}")
                .status()).isEqualTo(200);

        assertThat(responder.post("/api/v1/tokens", "{\"name\": \"x\", \"role\": \"admin\"}").status()).isEqualTo(403);
        assertThat(responder.get("/api/v1/tokens").status()).isEqualTo(403);
    }

    @Test
    void an_admin_lists_and_revokes_tokens_and_secrets_are_never_listed() {
        String name = "temp-" + System.nanoTime();
        String secret = issue(name, "lead");
        Response list = api().get("/api/v1/tokens");
        assertThat(list.body()).contains(name).doesNotContain(secret);

        assertThat(api().delete("/api/v1/tokens/" + name).status()).isEqualTo(204);
        assertThat(api(secret).get("/api/v1/incidents").status()).isEqualTo(401);
    }

    private String issue(String name, String role) {
        Response r = api().post("/api/v1/tokens", "{\"name\": \"" + name + "\", \"role\": \"" + role + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.text("token");
    }
}
