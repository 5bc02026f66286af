package dev.tocsin.incident.internal.web;

import dev.tocsin.incident.DeclareIncident;
import dev.tocsin.incident.DetectionSource;
import java.util.List;

/**
 * The declare form as posted; kept to show it again with an error. An unticked checkbox sends
 * nothing, so customerImpact is a nullable Boolean.
 */
record DeclareForm(String title, String severity, List<String> services, String detectionSource,
        Boolean customerImpact, String impact, String summary) {

    static final DeclareForm EMPTY = new DeclareForm("", "", List.of(), DetectionSource.INTERNAL.wire(), false, "", "");

    DeclareIncident toCommand() {
        return new DeclareIncident(title, severity, services == null ? List.of() : services, null,
                detectionSource == null || detectionSource.isBlank() ? DetectionSource.INTERNAL
                        : DetectionSource.fromWire(detectionSource),
                Boolean.TRUE.equals(customerImpact), blankToNull(impact), blankToNull(summary), null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
