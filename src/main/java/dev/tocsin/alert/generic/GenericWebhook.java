package dev.tocsin.alert.generic;

import dev.tocsin.alert.AlertAction;
import dev.tocsin.alert.AlertIngestion;
import dev.tocsin.alert.AlertSource;
import dev.tocsin.alert.IncomingAlert;
import dev.tocsin.alert.IngestResult;
import dev.tocsin.alert.Integrations;
import dev.tocsin.platform.Wire;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tocsin's own alert format, for senders with no native integration (docs/alerts.md). */
@RestController
class GenericWebhook {

    private final Integrations integrations;
    private final AlertIngestion ingestion;

    GenericWebhook(Integrations integrations, AlertIngestion ingestion) {
        this.integrations = integrations;
        this.ingestion = ingestion;
    }

    /** {@code status} is firing (default), acknowledged or resolved. */
    record GenericAlert(@NotBlank @Size(max = IncomingAlert.DEDUP_KEY_MAX) String dedupKey, String status,
            @Size(max = IncomingAlert.SUMMARY_MAX) String summary, String severity, Map<String, String> labels,
            Map<String, String> annotations) {
    }

    @PostMapping("/api/v1/integrations/{key}/generic")
    @ResponseStatus(HttpStatus.ACCEPTED)
    IngestResult receive(@PathVariable String key, @Valid @RequestBody GenericAlert alert) {
        AlertAction action = alert.status() == null ? AlertAction.FIRING : switch (
                Wire.parse(Status.class, "status", alert.status())) {
            case FIRING -> AlertAction.FIRING;
            case ACKNOWLEDGED -> AlertAction.ACKNOWLEDGED;
            case RESOLVED -> AlertAction.RESOLVED;
        };
        IncomingAlert incoming = new IncomingAlert(AlertSource.GENERIC, alert.dedupKey(), action, alert.summary(),
                alert.severity(), alert.labels() == null ? Map.of() : alert.labels(),
                alert.annotations() == null ? Map.of() : alert.annotations());
        return ingestion.ingest(integrations.require(key), List.of(incoming)).getFirst();
    }

    private enum Status {
        FIRING,
        ACKNOWLEDGED,
        RESOLVED
    }
}
