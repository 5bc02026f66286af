package dev.tocsin.alert.pagerduty;

import dev.tocsin.alert.AlertAction;
import dev.tocsin.alert.AlertIngestion;
import dev.tocsin.alert.AlertSource;
import dev.tocsin.alert.IncomingAlert;
import dev.tocsin.alert.Integration;
import dev.tocsin.alert.Integrations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * PagerDuty Events API v2, so any PagerDuty sender (Alertmanager's pagerduty_configs with
 * {@code url}, monitoring tools, scripts) can switch by URL. Answers as PagerDuty does: 202
 * with the dedup key, or 400 {"status":"invalid event",...} listing what is wrong.
 */
@RestController
class PagerDutyEvents {

    private static final Set<String> ACTIONS = Set.of("trigger", "acknowledge", "resolve");
    private static final Set<String> SEVERITIES = Set.of("critical", "error", "warning", "info");
    private static final int PAYLOAD_MAX_BYTES = 512 * 1024;

    private final Integrations integrations;
    private final AlertIngestion ingestion;

    PagerDutyEvents(Integrations integrations, AlertIngestion ingestion) {
        this.integrations = integrations;
        this.ingestion = ingestion;
    }

    @PostMapping("/v2/enqueue")
    ResponseEntity<Map<String, Object>> enqueue(@RequestBody JsonNode event) {
        List<String> errors = new ArrayList<>();
        String action = text(event, "event_action");
        String dedupKey = text(event, "dedup_key");
        JsonNode payload = event.path("payload");
        if (!ACTIONS.contains(action)) {
            errors.add("'event_action' must be one of trigger, acknowledge, resolve");
        }
        if (dedupKey != null && dedupKey.length() > IncomingAlert.DEDUP_KEY_MAX) {
            errors.add("'dedup_key' is longer than " + IncomingAlert.DEDUP_KEY_MAX + " characters");
        }
        if (!"trigger".equals(action) && dedupKey == null) {
            errors.add("'dedup_key' is required to " + action);
        }
        if ("trigger".equals(action)) {
            errors.addAll(payloadErrors(payload));
        }
        Optional<Integration> integration = integrations.byKey(text(event, "routing_key"));
        if (integration.isEmpty()) {
            errors.add("'routing_key' is not the key of any integration");
        }
        if (!errors.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("status", "invalid event",
                    "message", "Event object is invalid", "errors", errors));
        }
        String key = dedupKey == null ? UUID.randomUUID().toString().replace("-", "") : dedupKey;
        ingestion.ingest(integration.get(), List.of(incoming(action, key, payload)));
        return ResponseEntity.accepted().body(Map.of("status", "success", "message", "Event processed",
                "dedup_key", key));
    }

    private static List<String> payloadErrors(JsonNode payload) {
        List<String> errors = new ArrayList<>();
        String summary = text(payload, "summary");
        if (summary == null) {
            errors.add("'payload.summary' is required");
        } else if (summary.length() > IncomingAlert.SUMMARY_MAX) {
            errors.add("'payload.summary' is longer than " + IncomingAlert.SUMMARY_MAX + " characters");
        }
        if (text(payload, "source") == null) {
            errors.add("'payload.source' is required");
        }
        if (!SEVERITIES.contains(text(payload, "severity"))) {
            errors.add("'payload.severity' must be one of critical, error, warning, info");
        }
        if (payload.toString().length() > PAYLOAD_MAX_BYTES) {
            errors.add("'payload' is larger than 512 KB");
        }
        return errors;
    }

    private static IncomingAlert incoming(String action, String dedupKey, JsonNode payload) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String field : List.of("source", "component", "group", "class")) {
            Optional.ofNullable(text(payload, field)).ifPresent(value -> labels.put(field, value));
        }
        Map<String, String> details = new LinkedHashMap<>();
        payload.path("custom_details").properties().forEach(e -> details.put(e.getKey(),
                e.getValue().isString() ? e.getValue().asString() : e.getValue().toString()));
        AlertAction alertAction = switch (action) {
            case "trigger" -> AlertAction.FIRING;
            case "acknowledge" -> AlertAction.ACKNOWLEDGED;
            default -> AlertAction.RESOLVED;
        };
        return new IncomingAlert(AlertSource.PAGERDUTY, dedupKey, alertAction, text(payload, "summary"),
                text(payload, "severity"), labels, details);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }
}
