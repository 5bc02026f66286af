package dev.tocsin.runbook.internal.parse;

import dev.tocsin.runbook.StepKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The parts of a scenario, by the words runbooks use for them: a bold label ({@code **Check:**})
 * or a heading ({@code ## Mitigation}). Steps in a part that looks take its kind by default.
 */
enum Part {
    SYMPTOMS("diagnosis", StepKind.DIAGNOSTIC, "symptoms", "symptom", "meaning", "signs"),
    DIAGNOSIS("diagnosis", StepKind.DIAGNOSTIC, "diagnosis", "diagnostics", "diagnose", "check", "checks",
            "investigation", "investigate", "troubleshoot", "troubleshooting", "debugging", "verification"),
    RESOLUTION("resolution", StepKind.REMEDIATION, "resolution", "mitigation", "mitigate", "remediation", "fix",
            "immediate actions", "what to do", "recovery", "workaround"),
    ESCALATION("escalation", StepKind.DIAGNOSTIC, "escalation", "when to escalate"),
    IMPACT("impact", StepKind.DIAGNOSTIC, "impact"),
    /** The catalog services whose incidents this scenario is for: {@code **Services:** crm-worker}. */
    SERVICES("services", StepKind.DIAGNOSTIC, "services", "service");

    /** Prefix of the ids of the steps in this part: {@code diagnosis-1}. */
    final String stepPrefix;
    final StepKind kind;
    private final List<String> names;

    Part(String stepPrefix, StepKind kind, String... names) {
        this.stepPrefix = stepPrefix;
        this.kind = kind;
        this.names = List.of(names);
    }

    /** The part a label or heading names ("Impact Note:", "3. Mitigation"), if any. */
    static Optional<Part> named(String label) {
        String text = label.toLowerCase(Locale.ROOT).replaceAll("^[\\d.\\s]+", "").replaceAll("[:\\s]+$", "").strip();
        for (Part part : values()) {
            for (String name : part.names) {
                if (text.equals(name) || text.startsWith(name + " ")) {
                    return Optional.of(part);
                }
            }
        }
        return Optional.empty();
    }
}
