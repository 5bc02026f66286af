package dev.tocsin.alert.alertmanager;

import dev.tocsin.alert.AlertAction;
import dev.tocsin.alert.AlertIngestion;
import dev.tocsin.alert.AlertSource;
import dev.tocsin.alert.IncomingAlert;
import dev.tocsin.alert.IngestResult;
import dev.tocsin.alert.Integrations;
import dev.tocsin.platform.Problem;
import dev.tocsin.platform.Sha256;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Prometheus Alertmanager's webhook (payload version 4). Each alert counts by its own status,
 * so a group notification that is still "firing" while one of its alerts resolved resolves that
 * one; a repeated group notification only counts repeats.
 */
@RestController
class AlertmanagerWebhook {

    private final Integrations integrations;
    private final AlertIngestion ingestion;

    AlertmanagerWebhook(Integrations integrations, AlertIngestion ingestion) {
        this.integrations = integrations;
        this.ingestion = ingestion;
    }

    /** The fields Tocsin reads; Alertmanager sends more (groupKey, receiver, externalURL, ...). */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Notification(String version, String status, List<AmAlert> alerts) {
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record AmAlert(String status, Map<String, String> labels, Map<String, String> annotations, String fingerprint) {
    }

    @PostMapping("/api/v1/integrations/{key}/alertmanager")
    Map<String, List<IngestResult>> receive(@PathVariable String key, @RequestBody Notification notification) {
        var integration = integrations.require(key);
        if (notification.alerts() == null || notification.alerts().isEmpty()) {
            throw Problem.invalid("alerts", "An Alertmanager notification lists its alerts in 'alerts'; none came.");
        }
        List<IncomingAlert> events = notification.alerts().stream().map(AlertmanagerWebhook::incoming).toList();
        return Map.of("results", ingestion.ingest(integration, events));
    }

    static IncomingAlert incoming(AmAlert alert) {
        Map<String, String> labels = alert.labels() == null ? Map.of() : alert.labels();
        Map<String, String> annotations = alert.annotations() == null ? Map.of() : alert.annotations();
        String summary = annotations.getOrDefault("summary", labels.getOrDefault("alertname", ""));
        AlertAction action = "resolved".equals(alert.status()) ? AlertAction.RESOLVED : AlertAction.FIRING;
        return new IncomingAlert(AlertSource.ALERTMANAGER, fingerprint(alert, labels), action, summary,
                labels.get("severity"), labels, annotations);
    }

    /** Alertmanager always sends one; a hand-written payload without it is identified by its labels. */
    private static String fingerprint(AmAlert alert, Map<String, String> labels) {
        if (alert.fingerprint() != null && !alert.fingerprint().isBlank()) {
            return alert.fingerprint();
        }
        return "labels:" + Sha256.hex(new TreeMap<>(labels).toString()).substring(0, 16);
    }
}
