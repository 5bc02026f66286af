package dev.tocsin.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.net.http.HttpRequest.BodyPublishers;
import org.junit.jupiter.api.Test;

/** Requests no controller method takes still answer in problem details, with a type. */
class ErrorsOutsideControllersTest extends TocsinTest {

    @Test
    void an_unknown_api_route_is_a_404_problem() {
        Response r = api().get("/api/v1/nope");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.text("type")).isEqualTo("urn:tocsin:problem:not-found");
        assertThat(r.text("detail")).isEqualTo("Nothing answers GET /api/v1/nope; the API is described at /v3/api-docs.");
    }

    @Test
    void a_wrong_method_is_a_405_problem() {
        Response r = api().delete("/api/v1/incidents");
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.text("type")).isEqualTo("urn:tocsin:problem:method-not-allowed");
    }

    @Test
    void a_body_that_is_not_json_is_a_415_problem_with_a_type() {
        Response r = api().send("POST", "/api/v1/incidents", BodyPublishers.ofString("title=x"), "text/plain");
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.text("type")).isEqualTo("urn:tocsin:problem:unsupported-media-type");
    }
}
