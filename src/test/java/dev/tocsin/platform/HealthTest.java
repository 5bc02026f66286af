package dev.tocsin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.TocsinTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class HealthTest extends TocsinTest {

    @Test
    void health_answers_up_with_the_database_check_and_needs_no_token() {
        var health = api(null).get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");
        assertThat(health.json().path("checks").path("database").path("status").asString()).isEqualTo("UP");
        assertThat(health.json().path("checks").path("database").path("database").asString()).isEqualTo("H2");
    }

    @Test
    void an_unreachable_database_makes_health_down_with_503() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2");
        var controller = new HealthController(List.of(new DatabaseHealthCheck(nowhere)));

        var response = controller.health();

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getBody()).containsEntry("status", "DOWN");
        @SuppressWarnings("unchecked")
        var database = (Map<String, Object>) ((Map<String, Object>) response.getBody().get("checks")).get("database");
        assertThat(database).containsEntry("status", "DOWN").containsKey("error");
    }
}
