package dev.tocsin.alert;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** How an integration maps and groups; what a person or a YAML file chooses. */
public record IntegrationSettings(Map<String, String> severityMapping, String defaultSeverity,
        List<String> groupLabels, Duration groupWindow, boolean autoResolve) {

    /** The default mapping with this integration's rules laid over it. */
    SeverityMapping mapping() {
        var rules = new java.util.HashMap<>(SeverityMapping.DEFAULT.rules());
        severityMapping.forEach((word, code) -> rules.put(word.toLowerCase(java.util.Locale.ROOT), code));
        return new SeverityMapping(rules, defaultSeverity == null ? SeverityMapping.DEFAULT.fallback() : defaultSeverity);
    }
}
