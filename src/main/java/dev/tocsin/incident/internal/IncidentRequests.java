package dev.tocsin.incident.internal;

import dev.tocsin.incident.DeclareIncident;
import dev.tocsin.incident.DetectionSource;
import dev.tocsin.incident.IncidentChange;
import dev.tocsin.incident.IncidentStatus;
import dev.tocsin.incident.Incidents;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Request bodies of the incident API, validated before anything is stored. */
final class IncidentRequests {

    private IncidentRequests() {
    }

    record Declare(
            @NotBlank(message = "is required: say in a few words what is wrong") @Size(max = Incidents.TITLE_MAX) String title,
            @NotBlank(message = "is required: one of the organization's severities, e.g. P1") String severity,
            @Size(max = 50) List<@NotBlank String> services,
            String organization,
            DetectionSource detectionSource,
            Boolean customerImpact,
            @Size(max = Incidents.IMPACT_MAX) String impact,
            @Size(max = Incidents.SUMMARY_MAX) String summary,
            Instant detectedAt) {

        DeclareIncident toCommand() {
            return new DeclareIncident(title, severity, services, organization, detectionSource,
                    Boolean.TRUE.equals(customerImpact), impact, summary, detectedAt);
        }
    }

    record Change(IncidentStatus status, String severity, @Size(max = 64) String commander, Boolean customerImpact,
            @Size(max = Incidents.IMPACT_MAX) String impact) {

        IncidentChange toCommand() {
            return new IncidentChange(status, severity, commander, customerImpact, impact);
        }
    }

    record Note(@NotBlank(message = "is required") @Size(max = Incidents.NOTE_MAX) String text) {
    }
}
