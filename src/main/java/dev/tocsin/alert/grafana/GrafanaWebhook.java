package dev.tocsin.alert.grafana;

import dev.tocsin.alert.AlertAction;
import dev.tocsin.alert.AlertIngestion;
import dev.tocsin.alert.AlertSource;
import dev.tocsin.alert.IncomingAlert;
import dev.tocsin.alert.IngestResult;
import dev.tocsin.alert.Integrations;
import dev.tocsin.platform.Problem;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Grafana alerting's webhook contact point (Grafana 9 and later). Its alerts carry the same
 * status, labels, annotations and fingerprint as Alertmanager's.
 */
@RestController
class GrafanaWebhook {

    private final Integrations integrations;
    private final AlertIngestion ingestion;

    GrafanaWebhook(Integrations integrations, AlertIngestion ingestion) {
        this.integrations = integrations;
        this.ingestion = ingestion;
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Notification(String status, String title, List<GrafanaAlert> alerts) {
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record GrafanaAlert(String status, Map<String, String> labels, Map<String, String> annotations,
            String fingerprint) {
    }

    @PostMapping("/api/v1/integrations/{key}/grafana")
    Map<String, List<IngestResult>> receive(@PathVariable String key, @RequestBody Notification notification) {
        var integration = integrations.require(key);
        if (notification.alerts() == null || notification.alerts().isEmpty()) {
            throw Problem.invalid("alerts", "A Grafana notification lists its alerts in 'alerts'; none came.");
        }
        return Map.of("results", ingestion.ingest(integration, notification.alerts().stream()
                .map(GrafanaWebhook::incoming).toList()));
    }

    private static IncomingAlert incoming(GrafanaAlert alert) {
        Map<String, String> labels = alert.labels() == null ? Map.of() : alert.labels();
        Map<String, String> annotations = alert.annotations() == null ? Map.of() : alert.annotations();
        if (alert.fingerprint() == null || alert.fingerprint().isBlank()) {
            throw Problem.invalid("alerts[].fingerprint", "Each Grafana alert needs its fingerprint.");
        }
        return new IncomingAlert(AlertSource.GRAFANA, alert.fingerprint(),
                "resolved".equals(alert.status()) ? AlertAction.RESOLVED : AlertAction.FIRING,
                annotations.getOrDefault("summary", labels.getOrDefault("alertname", "")), labels.get("severity"),
                labels, annotations);
    }
}
