package dev.tocsin.alert;

import java.util.Locale;
import java.util.Map;

/** From a sender's severity word to an organization's severity code. */
public record SeverityMapping(Map<String, String> rules, String fallback) {

    /**
     * critical → P1, error/high → P2, warning → P3, info/low → P4; Opsgenie's P1–P5 map to
     * P1–P4 (P5 is informational); anything else, or nothing, is P3.
     */
    public static final SeverityMapping DEFAULT = new SeverityMapping(Map.ofEntries(
            Map.entry("critical", "P1"), Map.entry("error", "P2"), Map.entry("high", "P2"),
            Map.entry("warning", "P3"), Map.entry("info", "P4"), Map.entry("low", "P4"),
            Map.entry("p1", "P1"), Map.entry("p2", "P2"), Map.entry("p3", "P3"), Map.entry("p4", "P4"),
            Map.entry("p5", "P4")), "P3");

    public SeverityMapping {
        rules = Map.copyOf(rules);
    }

    public String severityFor(String sourceSeverity) {
        if (sourceSeverity == null) {
            return fallback;
        }
        return rules.getOrDefault(sourceSeverity.toLowerCase(Locale.ROOT).strip(), fallback);
    }
}
