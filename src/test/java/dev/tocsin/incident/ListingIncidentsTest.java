package dev.tocsin.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class ListingIncidentsTest extends TocsinTest {

    @Test
    void open_incidents_come_first_by_severity_and_filters_narrow_the_list() {
        String p3 = declare("P3", "freebit");
        String p1 = declare("P1", "freebit");
        String resolved = declare("P1", "freebit");
        api().patch("/api/v1/incidents/" + resolved, "{\"status\": \"resolved\"}");

        assertThat(numbers("/api/v1/incidents?service=freebit&size=100")).containsSubsequence(p1, p3, resolved);
        assertThat(numbers("/api/v1/incidents?service=freebit&status=open&size=100")).contains(p1, p3)
                .doesNotContain(resolved);
        assertThat(numbers("/api/v1/incidents?service=freebit&status=closed&size=100")).contains(resolved)
                .doesNotContain(p1, p3);
        assertThat(numbers("/api/v1/incidents?service=freebit&severity=P3&size=100")).contains(p3)
                .doesNotContain(p1, resolved);
        assertThat(numbers("/api/v1/incidents?service=freebit&status=resolved&size=100")).contains(resolved)
                .doesNotContain(p1, p3);
    }

    @Test
    void pages_carry_their_position_and_the_total() {
        declare("P4", "crm-worker");
        declare("P4", "crm-worker");
        declare("P4", "crm-worker");

        Response second = api().get("/api/v1/incidents?service=crm-worker&size=2&page=1");
        long total = second.json().path("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(second.json().path("page").asInt()).isEqualTo(1);
        assertThat(second.json().path("size").asInt()).isEqualTo(2);
        assertThat(second.json().path("items").size()).isEqualTo((int) Math.min(2, total - 2));
    }

    @Test
    void an_incident_is_found_by_id_and_by_number() {
        Response declared = api().post("/api/v1/incidents", "{\"title\": \"x\", \"severity\": \"P2\", \"services\": [\"crm-postgresql\"]}");
        String id = declared.text("id");
        assertThat(api().get("/api/v1/incidents/" + id).text("number")).isEqualTo(declared.text("number"));
        assertThat(api().get("/api/v1/incidents/" + declared.text("number").toLowerCase()).text("id")).isEqualTo(id);
    }

    private String declare(String severity, String service) {
        return api().post("/api/v1/incidents", "{\"title\": \"" + severity + " on " + service + "\", \"severity\": \""
                + severity + "\", \"services\": [\"" + service + "\"]}").text("number");
    }

    private List<String> numbers(String path) {
        return StreamSupport.stream(api().get(path).json().path("items").spliterator(), false)
                .map(i -> i.path("number").asString()).toList();
    }
}
