package dev.tocsin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.TocsinTest;
import org.junit.jupiter.api.Test;

class OperationsEndpointsTest extends TocsinTest {

    @Test
    void the_openapi_document_describes_the_incident_api_and_its_bearer_auth() {
        var doc = api(null).get("/v3/api-docs");
        assertThat(doc.status()).isEqualTo(200);
        var paths = doc.json().path("paths");
        assertThat(paths.has("/api/v1/incidents")).isTrue();
        assertThat(paths.has("/api/v1/incidents/{id}")).isTrue();
        assertThat(paths.has("/api/v1/incidents/{id}/notes")).isTrue();
        assertThat(paths.has("/api/v1/incidents/{id}/timeline")).isTrue();
        assertThat(paths.has("/api/v1/incidents/{id}/timeline/verify")).isTrue();
        assertThat(paths.has("/api/v1/severities")).isTrue();
        assertThat(paths.has("/api/v1/tokens")).isTrue();
        assertThat(paths.path("/api/v1/incidents/{id}").has("patch")).isTrue();
        for (String path : new String[] {"/api/v1/integrations", "/api/v1/integrations/{key}/alertmanager",
                "/api/v1/integrations/{key}/grafana", "/api/v1/integrations/{key}/generic", "/v2/enqueue",
                "/v2/alerts", "/v2/alerts/{identifier}/close", "/api/v1/alerts", "/api/v1/silences",
                "/api/v1/heartbeats", "/api/v1/heartbeats/{key}"}) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(doc.json().path("components").path("securitySchemes").path("bearer").path("scheme").asString())
                .isEqualTo("bearer");
    }

    @Test
    void prometheus_metrics_count_declared_incidents_by_severity() {
        api().post("/api/v1/incidents", "{\"title\": \"x\", \"severity\": \"P2\", \"services\": [\"crm-backend\"]}");
        var metrics = api(null).get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).containsPattern("tocsin_incidents_declared_total\\{.*severity=\"P2\".*\\} [1-9]");
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }
}
