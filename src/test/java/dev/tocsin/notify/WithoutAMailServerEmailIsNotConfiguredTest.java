package dev.tocsin.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * No {@code spring.mail.host}: there is no email channel. Email contact methods are refused by the
 * API, and {@code /health} says the example people's email addresses cannot be paged, without a 503.
 */
class WithoutAMailServerEmailIsNotConfiguredTest extends TocsinTest {

    @Test
    void an_email_contact_method_is_refused_as_not_configured() {
        Response refused = api().post("/api/v1/users/maya.ortiz/contact-methods", """
                {"type": "email", "address": "maya.backup@portal.example.com"}""");

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("type");
        assertThat(refused.text("detail")).contains("email channel is not configured");
    }

    @Test
    void health_reports_the_email_addresses_that_cannot_be_paged_and_stays_up() {
        Response health = api(null).get("/health");

        assertThat(health.status()).isEqualTo(200);
        JsonNode email = health.json().path("checks").path("notifications").path("channels").path("email");
        assertThat(email.path("status").asString()).isEqualTo("NOT_CONFIGURED");
        assertThat(email.path("contactMethods").asLong()).as("the example people's").isGreaterThanOrEqualTo(10);
    }
}
