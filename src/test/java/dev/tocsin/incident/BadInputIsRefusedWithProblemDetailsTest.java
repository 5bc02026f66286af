package dev.tocsin.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each bad request gets a problem detail that says what to fix, and stores nothing. */
class BadInputIsRefusedWithProblemDetailsTest extends TocsinTest {

    private long incidentsBefore;
    private long entriesBefore;

    @BeforeEach
    void countRows() {
        incidentsBefore = count("incident");
        entriesBefore = count("timeline_entry");
    }

    @AfterEach
    void nothingWasStored() {
        assertThat(count("incident")).isEqualTo(incidentsBefore);
        assertThat(count("timeline_entry")).isEqualTo(entriesBefore);
    }

    @Test
    void malformed_json_is_a_400_with_the_position() {
        Response r = declare("{\"title\": \"Portal down\", ");
        assertProblem(r, 400, "malformed-body");
        assertThat(r.text("detail")).contains("not valid JSON at line 1");
    }

    @Test
    void an_unknown_field_is_a_400_listing_the_known_ones() {
        Response r = declare("{\"title\": \"Portal down\", \"severity\": \"P1\", \"sevrity\": \"P1\"}");
        assertProblem(r, 400, "malformed-body");
        assertThat(r.text("detail")).contains("Unknown field 'sevrity'").contains("severity");
    }

    @Test
    void a_wrong_type_or_enum_value_is_a_400_naming_the_field() {
        assertThat(declare("{\"title\": \"x\", \"severity\": \"P1\", \"customerImpact\": \"yes\"}").text("detail"))
                .isEqualTo("Field 'customerImpact' cannot be 'yes'; expected true or false.");
        assertThat(declare("{\"title\": \"x\", \"severity\": \"P1\", \"detectionSource\": \"pager\"}").text("detail"))
                .isEqualTo("Field 'detectionSource' cannot be 'pager'; use one of [alert, customer_report, internal].");
        assertProblem(declare("[]"), 400, "malformed-body");
    }

    @Test
    void a_missing_title_is_a_422_naming_the_field() {
        Response r = declare("{\"severity\": \"P1\", \"services\": [\"portal-bff\"]}");
        assertProblem(r, 422, "invalid-request");
        assertThat(r.json().path("errors").get(0).path("field").asString()).isEqualTo("title");
    }

    @Test
    void an_unknown_severity_is_a_422_listing_the_organizations_severities() {
        Response r = declare("{\"title\": \"x\", \"severity\": \"SEV0\", \"services\": [\"crm-backend\"]}");
        assertProblem(r, 422, "invalid-request");
        assertThat(r.text("detail"))
                .isEqualTo("Unknown severity 'SEV0' for organization 'crm-platform'; use one of [P1, P2, P3, P4].");
    }

    @Test
    void an_unknown_service_is_a_422_listing_the_known_ones() {
        Response r = declare("{\"title\": \"x\", \"severity\": \"P1\", \"services\": [\"portal-bff\", \"mainframe\"]}");
        assertProblem(r, 422, "invalid-request");
        assertThat(r.text("detail")).startsWith("Unknown service 'mainframe'; known services: [").contains("whmcs");
    }

    @Test
    void services_of_two_organizations_are_a_422() {
        Response r = declare("{\"title\": \"x\", \"severity\": \"P1\", \"services\": [\"portal-bff\", \"crm-backend\"]}");
        assertProblem(r, 422, "invalid-request");
        assertThat(r.text("detail")).contains("belong to different organizations");
    }

    @Test
    void a_detection_time_in_the_future_is_a_422() {
        String future = clock.instant().plusSeconds(3600).toString();
        Response r = declare("{\"title\": \"x\", \"severity\": \"P1\", \"services\": [\"whmcs\"], \"detectedAt\": \"" + future + "\"}");
        assertProblem(r, 422, "invalid-request");
    }

    @Test
    void a_body_over_one_megabyte_is_a_413_whether_its_length_is_declared_or_streamed() {
        String big = "{\"title\": \"" + "a".repeat(1_100_000) + "\", \"severity\": \"P1\"}";
        assertProblem(declare(big), 413, "body-too-large");

        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        // ofByteArrays has no known length, so the client streams it chunked
        Response streamed = api().send("POST", "/api/v1/incidents", BodyPublishers.ofByteArrays(List.of(bytes)),
                "application/json");
        assertProblem(streamed, 413, "body-too-large");
    }

    @Test
    void an_empty_change_and_a_bad_page_size_say_what_to_send() {
        String number = existingIncident();
        incidentsBefore++;
        entriesBefore++;
        Response empty = api().patch("/api/v1/incidents/" + number, "{}");
        assertProblem(empty, 422, "invalid-request");
        assertThat(empty.text("detail")).startsWith("Nothing to change");

        Response unknownCommander = api().patch("/api/v1/incidents/" + number, "{\"commander\": \"nobody\"}");
        assertProblem(unknownCommander, 422, "invalid-request");

        Response size = api().get("/api/v1/incidents?size=1000");
        assertProblem(size, 400, "invalid-parameter");
        assertThat(size.text("detail")).contains("'size'").contains("100");
        assertProblem(api().get("/api/v1/incidents?status=sleeping"), 400, "invalid-parameter");
    }

    @Test
    void an_unknown_incident_is_a_404() {
        assertProblem(api().get("/api/v1/incidents/INC-999999"), 404, "not-found");
        assertProblem(api().get("/api/v1/incidents/not-an-id"), 404, "not-found");
        assertProblem(api().patch("/api/v1/incidents/INC-999999", "{\"status\": \"resolved\"}"), 404, "not-found");
    }

    private String existingIncident() {
        return declare("{\"title\": \"Redis connection failures\", \"severity\": \"P3\", \"services\": [\"portal-redis\"]}")
                .text("number");
    }

    private Response declare(String json) {
        return api().post("/api/v1/incidents", json);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    static void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("type")).isEqualTo("urn:tocsin:problem:" + type);
        assertThat(response.text("detail")).isNotBlank();
    }
}
