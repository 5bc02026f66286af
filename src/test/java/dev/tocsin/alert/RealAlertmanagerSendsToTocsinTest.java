package dev.tocsin.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.RealAlertmanager;
import dev.tocsin.support.TocsinTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A real Prometheus Alertmanager (Debian's 0.25) sends to Tocsin through its webhook, its
 * PagerDuty receiver (url set to /v2/enqueue) and its Opsgenie receiver (api_url set to Tocsin).
 */
class RealAlertmanagerSendsToTocsinTest extends TocsinTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Test
    void firing_opens_one_incident_per_receiver_with_the_mapped_severity_and_resolving_resolves_them() {
        String webhookKey = integration("portal-redis");
        String pagerDutyKey = integration("portal-postgresql");
        String opsgenieKey = integration("portal-bff");
        String tocsin = "http://127.0.0.1:" + port;
        String alertname = "E2E" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> labels = Map.of("alertname", alertname, "severity", "critical");

        try (RealAlertmanager alertmanager = RealAlertmanager.start("""
                route:
                  receiver: webhook
                  routes:
                    - {receiver: webhook, continue: true}
                    - {receiver: pagerduty, continue: true}
                    - {receiver: opsgenie}
                receivers:
                  - name: webhook
                    webhook_configs:
                      - url: %1$s/api/v1/integrations/%2$s/alertmanager
                  - name: pagerduty
                    pagerduty_configs:
                      - routing_key: %3$s
                        url: %1$s/v2/enqueue
                        severity: '{{ .CommonLabels.severity }}'
                  - name: opsgenie
                    opsgenie_configs:
                      - api_key: %4$s
                        api_url: %1$s/
                        priority: '{{ if eq .CommonLabels.severity "critical" }}P1{{ else }}P3{{ end }}'
                """.formatted(tocsin, webhookKey, pagerDutyKey, opsgenieKey))) {

            alertmanager.fire(labels, Map.of("summary", alertname + " is failing"));
            for (String service : new String[] {"portal-redis", "portal-postgresql", "portal-bff"}) {
                JsonNode incident = await(() -> openIncident(service, alertname), alertmanager);
                assertThat(incident.path("severity").asString()).as(service).isEqualTo("P1");
                assertThat(incident.path("detectionSource").asString()).isEqualTo("alert");
            }

            alertmanager.resolve(labels);
            for (String service : new String[] {"portal-redis", "portal-postgresql", "portal-bff"}) {
                JsonNode incident = await(() -> incident(service, alertname)
                        .filter(i -> i.path("status").asString().equals("resolved")), alertmanager);
                assertThat(api().get("/api/v1/alerts?incident=" + incident.path("id").asString()).json())
                        .allSatisfy(alert -> assertThat(alert.path("status").asString()).isEqualTo("resolved"));
            }
        }
    }

    private String integration(String service) {
        Response created = api().post("/api/v1/integrations", """
                {"service": "%s", "name": "e2e-%s", "autoResolve": true}""".formatted(service, UUID.randomUUID()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("key");
    }

    private java.util.Optional<JsonNode> openIncident(String service, String alertname) {
        return incident(service, alertname).filter(i -> !i.path("status").asString().equals("resolved"));
    }

    private java.util.Optional<JsonNode> incident(String service, String alertname) {
        for (JsonNode item : api().get("/api/v1/incidents?service=" + service + "&size=100").json().path("items")) {
            if (item.path("title").asString().contains(alertname)) {
                return java.util.Optional.of(item);
            }
        }
        return java.util.Optional.empty();
    }

    /** Polls until Alertmanager's notification has arrived; the deadline only bounds a failing run. */
    private static JsonNode await(java.util.function.Supplier<java.util.Optional<JsonNode>> probe,
            RealAlertmanager alertmanager) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            var found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Nothing arrived within " + PATIENCE + "; Alertmanager said:\n" + alertmanager.log());
    }
}
