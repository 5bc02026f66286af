package dev.tocsin.runbook;

import java.util.List;
import java.util.Optional;

/**
 * A runbook as read from its Markdown: the tables it may hold (severities, escalation matrix,
 * contacts) and its scenarios. {@code lastUpdated} is the text after "Last Updated", as written.
 */
public record Runbook(String title, Optional<String> lastUpdated, List<SeverityRow> severities,
        List<EscalationRow> escalation, List<ContactRow> contacts, List<Scenario> scenarios) {

    public Runbook {
        severities = List.copyOf(severities);
        escalation = List.copyOf(escalation);
        contacts = List.copyOf(contacts);
        scenarios = List.copyOf(scenarios);
    }

    public Optional<Scenario> scenario(String slug) {
        return scenarios.stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    /** A row of a severity table: "P1 - Critical", its definition, "15 minutes", examples. */
    public record SeverityRow(String severity, String definition, String responseTime, String examples) {
    }

    /**
     * A row of an escalation matrix: "L2", "Technical Lead", "Development lead",
     * "P1/P2 not resolved in 30 minutes".
     */
    public record EscalationRow(String level, String scope, String contact, String when) {
    }

    /** A row of a contacts table: the role and how to reach whoever holds it. */
    public record ContactRow(String role, String contactMethod, String backup) {
    }
}
