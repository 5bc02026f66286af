package dev.tocsin.runbook.internal.lint;

import dev.tocsin.runbook.LintFinding;
import dev.tocsin.runbook.Runbook;
import dev.tocsin.runbook.Scenario;
import dev.tocsin.runbook.Step;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a runbook for what fails people at 3 a.m.: placeholders never filled in
 * ({@code [Slack/PagerDuty]}), contacts with no real way to reach anyone, a "Last Updated" more
 * than six months ago, steps naming a data source or connection this organization does not
 * have, and scenarios with nothing to diagnose with.
 */
public final class RunbookLinter {

    /** {@code [Phone]}, {@code [Slack/PagerDuty]}: brackets that are not a link, a checkbox or a footnote. */
    private static final Pattern PLACEHOLDER =
            Pattern.compile("(?<![!\\]\\\\])\\[([A-Za-z][^\\]\\n]{1,40})\\](?![(\\[:])");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final List<DateTimeFormatter> MONTHS = List.of(
            DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("uuuu-MM", Locale.ENGLISH));
    private static final List<DateTimeFormatter> DAYS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH));

    private RunbookLinter() {
    }

    /** The data sources and Redis connections this organization's steps may name. */
    public record Sources(Set<String> datasources, Set<String> connections) {
    }

    public static List<LintFinding> lint(String markdown, Runbook runbook, Sources sources, LocalDate today) {
        List<LintFinding> findings = new ArrayList<>();
        placeholders(markdown, findings);
        runbook.contacts().stream().filter(c -> !real(c.contactMethod()) && !real(c.backup()))
                .forEach(c -> findings.add(new LintFinding("no-real-contact", "contacts: " + c.role(),
                        c.role() + " has no real contact (" + c.contactMethod() + ", backup " + c.backup()
                                + "): write a name, handle or number people can reach, or page a schedule instead")));
        runbook.lastUpdated().ifPresent(text -> lastUpdated(text, today, findings));
        for (Scenario scenario : runbook.scenarios()) {
            if (scenario.diagnosis().stream().allMatch(s -> s instanceof Step.Manual)) {
                findings.add(new LintFinding("no-diagnosis", "scenario: " + scenario.slug(), "'" + scenario.name()
                        + "' has no diagnosis command: add a Diagnosis (or Check) part with a fenced block"));
            }
            for (Step step : scenario.steps()) {
                String where = "scenario: " + scenario.slug() + ", step: " + step.basics().id();
                switch (step) {
                    case Step.Sql sql when !sources.datasources().contains(sql.datasource()) -> findings.add(
                            new LintFinding("unknown-datasource", where, "no data source '" + sql.datasource()
                                    + "' is configured for this organization (known: " + sources.datasources() + ")"));
                    case Step.Redis redis when !sources.connections().contains(redis.connection()) -> findings.add(
                            new LintFinding("unknown-connection", where, "no Redis connection '" + redis.connection()
                                    + "' is configured for this organization (known: " + sources.connections() + ")"));
                    default -> { }
                }
            }
        }
        return findings;
    }

    private static void placeholders(String markdown, List<LintFinding> findings) {
        boolean inFence = false;
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            // Code and templates (fenced) may hold brackets on purpose; the text around them should not.
            Matcher m = PLACEHOLDER.matcher(inFence ? "" : line.replaceAll("`[^`]*`", ""));
            while (m.find()) {
                findings.add(new LintFinding("placeholder", "line " + (i + 1), "'" + m.group() + "' is a placeholder"
                        + " never filled in: replace it with the real value"));
            }
        }
    }

    private static boolean real(String contact) {
        return !contact.isBlank() && !PLACEHOLDER.matcher(contact).find()
                && !contact.matches("(?i)\\W*(tbd|todo|n/?a)\\W*");
    }

    private static void lastUpdated(String text, LocalDate today, List<LintFinding> findings) {
        Optional<LocalDate> date = parse(text);
        if (date.isEmpty()) {
            findings.add(new LintFinding("stale", "Last Updated", "'" + text + "' is not a date Tocsin reads"
                    + " (December 2025, 2025-12-01): write it as one, so readers know how old the runbook is"));
        } else if (date.get().isBefore(today.minusMonths(6))) {
            findings.add(new LintFinding("stale", "Last Updated", "last updated " + text + ", more than six months"
                    + " ago: check that its commands and contacts still hold, then update the date"));
        }
    }

    /** A month counts from its last day: "December 2025" is stale from the end of June 2026. */
    static Optional<LocalDate> parse(String text) {
        String date = text.strip().replaceAll("[*_]", "");
        for (DateTimeFormatter format : DAYS) {
            try {
                return Optional.of(LocalDate.parse(date, format));
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        for (DateTimeFormatter format : MONTHS) {
            try {
                return Optional.of(YearMonth.parse(date, format).atEndOfMonth());
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return Optional.empty();
    }
}
