package dev.tocsin.runbook;

import java.util.List;

/**
 * One thing that goes wrong and what to do about it: a heading with Symptoms, Diagnosis (or
 * Check), Resolution, Escalation and Impact parts, or a runbook that is one such scenario as a
 * whole. Steps keep the order they are written in; {@link #diagnosis()} are those that only look.
 * {@code services} (a {@code **Services:**} line) attach it to incidents on those services.
 */
public record Scenario(String slug, String name, List<String> services, List<String> symptoms, List<Step> steps,
        List<String> escalation, List<String> impact) {

    public Scenario {
        services = List.copyOf(services);
        symptoms = List.copyOf(symptoms);
        steps = List.copyOf(steps);
        escalation = List.copyOf(escalation);
        impact = List.copyOf(impact);
    }

    public List<Step> diagnosis() {
        return steps.stream().filter(s -> s.basics().kind() == StepKind.DIAGNOSTIC).toList();
    }

    public List<Step> remediation() {
        return steps.stream().filter(s -> s.basics().kind() == StepKind.REMEDIATION).toList();
    }
}
