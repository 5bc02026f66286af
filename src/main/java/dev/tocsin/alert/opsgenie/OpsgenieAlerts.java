package dev.tocsin.alert.opsgenie;

import dev.tocsin.alert.AlertAction;
import dev.tocsin.alert.AlertIngestion;
import dev.tocsin.alert.AlertSource;
import dev.tocsin.alert.IncomingAlert;
import dev.tocsin.alert.Integration;
import dev.tocsin.alert.Integrations;
import dev.tocsin.platform.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Opsgenie Alert API's create, acknowledge and close, so Opsgenie senders (Alertmanager's
 * opsgenie_configs with {@code api_url}) can switch by URL. The integration key is the GenieKey;
 * the alias is the dedup key; priorities P1–P5 map through the integration's severity mapping.
 */
@RestController
class OpsgenieAlerts {

    private static final String GENIE_KEY = "GenieKey ";

    private final Integrations integrations;
    private final AlertIngestion ingestion;

    OpsgenieAlerts(Integrations integrations, AlertIngestion ingestion) {
        this.integrations = integrations;
        this.ingestion = ingestion;
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record CreateAlert(@NotBlank @Size(max = IncomingAlert.SUMMARY_MAX) String message,
            @Size(max = 512) String alias, String description, List<String> tags, Map<String, Object> details,
            String entity, String source, String priority) {
    }

    @PostMapping("/v2/alerts")
    ResponseEntity<Map<String, Object>> create(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
            String authorization, @Valid @RequestBody CreateAlert alert) {
        Integration integration = authenticate(authorization);
        Map<String, String> labels = new LinkedHashMap<>();
        if (alert.details() != null) {
            alert.details().forEach((name, value) -> labels.put(name, String.valueOf(value)));
        }
        if (alert.entity() != null) {
            labels.put("entity", alert.entity());
        }
        if (alert.source() != null) {
            labels.put("source", alert.source());
        }
        if (alert.tags() != null && !alert.tags().isEmpty()) {
            labels.put("tags", String.join(",", alert.tags()));
        }
        Map<String, String> annotations = alert.description() == null ? Map.of()
                : Map.of("description", alert.description());
        // Opsgenie opens a new alert each time when there is no alias; so does Tocsin.
        String alias = alert.alias() == null || alert.alias().isBlank() ? UUID.randomUUID().toString() : alert.alias();
        ingestion.ingest(integration, List.of(new IncomingAlert(AlertSource.OPSGENIE, alias, AlertAction.FIRING,
                alert.message(), alert.priority() == null ? "P3" : alert.priority(), labels, annotations)));
        return accepted();
    }

    @PostMapping("/v2/alerts/{identifier}/close")
    ResponseEntity<Map<String, Object>> close(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
            String authorization, @PathVariable String identifier,
            @RequestParam(defaultValue = "id") String identifierType) {
        return act(authorization, identifier, identifierType, AlertAction.RESOLVED);
    }

    @PostMapping("/v2/alerts/{identifier}/acknowledge")
    ResponseEntity<Map<String, Object>> acknowledge(@RequestHeader(name = HttpHeaders.AUTHORIZATION,
            required = false) String authorization, @PathVariable String identifier,
            @RequestParam(defaultValue = "id") String identifierType) {
        return act(authorization, identifier, identifierType, AlertAction.ACKNOWLEDGED);
    }

    private ResponseEntity<Map<String, Object>> act(String authorization, String identifier, String identifierType,
            AlertAction action) {
        Integration integration = authenticate(authorization);
        if (!"alias".equals(identifierType)) {
            throw Problem.invalid("identifierType", "Tocsin knows Opsgenie alerts by alias; call with "
                    + "?identifierType=alias.");
        }
        ingestion.ingest(integration, List.of(new IncomingAlert(AlertSource.OPSGENIE, identifier, action, null, null,
                Map.of(), Map.of())));
        return accepted();
    }

    private Integration authenticate(String authorization) {
        if (authorization == null || !authorization.startsWith(GENIE_KEY)) {
            throw new Problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "GenieKey required",
                    "Send the integration key as 'Authorization: GenieKey <key>'.", Map.of());
        }
        return integrations.require(authorization.substring(GENIE_KEY.length()).trim());
    }

    private static ResponseEntity<Map<String, Object>> accepted() {
        return ResponseEntity.accepted().body(Map.of("result", "Request will be processed", "took", 0.0,
                "requestId", UUID.randomUUID().toString()));
    }
}
