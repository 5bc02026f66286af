package dev.tocsin.incident;

import java.time.Instant;
import java.util.List;

/**
 * What a person or an alert says when opening an incident. {@code organization} may be null
 * when services name it; {@code detectedAt} may be null for "now".
 */
public record DeclareIncident(String title, String severity, List<String> services, String organization,
        DetectionSource detectionSource, boolean customerImpact, String impact, String summary, Instant detectedAt) {
}
