package dev.tocsin.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A sender's door into one service. Alerts are grouped by service, or by service and the values
 * of {@code groupLabels}; a new alert joins its group's open incident while the group's last
 * alert is no older than {@code groupWindow} (null: as long as the incident is open).
 */
public record Integration(UUID id, String name, String service, SeverityMapping severityMapping,
        List<String> groupLabels, Duration groupWindow, boolean autoResolve, Instant createdAt, String createdBy) {

    public Integration {
        groupLabels = List.copyOf(groupLabels);
    }

    public String groupKey(Map<String, String> labels) {
        if (groupLabels.isEmpty()) {
            return service;
        }
        Map<String, String> chosen = new TreeMap<>();
        groupLabels.forEach(label -> chosen.put(label, labels.getOrDefault(label, "")));
        return service + "|" + chosen.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }
}
