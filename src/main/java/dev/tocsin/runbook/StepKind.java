package dev.tocsin.runbook;

/** Whether a step only looks (diagnostic) or changes something (remediation). */
public enum StepKind {
    DIAGNOSTIC, REMEDIATION;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
