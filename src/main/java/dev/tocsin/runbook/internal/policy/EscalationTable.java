package dev.tocsin.runbook.internal.policy;

import dev.tocsin.escalation.EscalationLevel;
import dev.tocsin.escalation.EscalationPolicy;
import dev.tocsin.escalation.EscalationTarget;
import dev.tocsin.escalation.Trigger;
import dev.tocsin.identity.Person;
import dev.tocsin.identity.Team;
import dev.tocsin.oncall.Layer;
import dev.tocsin.oncall.StoredSchedule;
import dev.tocsin.platform.Problem;
import dev.tocsin.runbook.Runbook.EscalationRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A runbook's escalation matrix as an escalation policy. The Contact column names a role, which
 * becomes whom it pages: "on-call" a layer of the organization's on-call schedule ("Secondary
 * on-call" its secondary layer), "vendor" the affected vendors' support, else a team by name or
 * the person whose title starts with it ("Development lead" is "Development Lead (L2)"). The
 * When to Escalate column becomes the triggers, one per comma: "All incidents", "P1/P2 not
 * resolved in 30 minutes", "customer impact", "External system failure (...)", "response time
 * missed". What cannot be read is a 422 naming the row, so a policy is never half right.
 */
final class EscalationTable {

    private static final Pattern WAIT = Pattern.compile("(?i)^((?:P\\d)(?:\\s*/\\s*P\\d)*)?\\s*(?:incidents?\\s+)?"
            + "not\\s+(resolved|acknowledged)\\s+(?:in|within|after)\\s+(\\d+)\\s*(minutes?|mins?|hours?|h|m)$");

    /** What an organization has that a role can name. */
    record Directory(List<Person> people, List<Team> teams, List<StoredSchedule> schedules) {
    }

    private EscalationTable() {
    }

    static EscalationPolicy toPolicy(String slug, String name, List<EscalationRow> rows, Directory directory,
            Optional<EscalationPolicy> current) {
        if (rows.isEmpty()) {
            throw Problem.invalid("escalation", "This runbook has no escalation matrix; nothing to import.");
        }
        List<EscalationLevel> levels = new ArrayList<>();
        for (EscalationRow row : rows) {
            // A policy replaced keeps its level names ("L2 tech lead"), which pages and timelines show.
            String prefix = row.level().toLowerCase(Locale.ROOT) + " ";
            String levelName = current.flatMap(p -> p.levels().stream()
                    .filter(l -> l.name().toLowerCase(Locale.ROOT).startsWith(prefix)).findFirst())
                    .map(EscalationLevel::name).orElse((row.level() + " " + row.scope()).strip());
            levels.add(new EscalationLevel(levelName, List.of(target(row, directory)), triggers(row)));
        }
        return new EscalationPolicy(slug, name, levels);
    }

    private static EscalationTarget target(EscalationRow row, Directory directory) {
        String role = row.contact().strip();
        String lower = role.toLowerCase(Locale.ROOT);
        if (lower.contains("vendor")) {
            return new EscalationTarget.VendorSupport();
        }
        if (lower.contains("on-call") || lower.contains("on call")) {
            Optional<StoredSchedule> schedule = directory.schedules().stream().findFirst();
            if (schedule.isPresent()) {
                List<Layer> layers = schedule.get().schedule().layers();
                String layer = layers.stream().map(Layer::name)
                        .filter(n -> lower.contains(n.toLowerCase(Locale.ROOT))).findFirst()
                        .orElse(layers.getFirst().name());
                return new EscalationTarget.OnCall(schedule.get().slug(), layer);
            }
        }
        Optional<Team> team = directory.teams().stream().filter(t -> t.name().equalsIgnoreCase(role)
                || t.slug().equalsIgnoreCase(role.replace(' ', '-'))).findFirst();
        if (team.isPresent()) {
            return new EscalationTarget.Team(team.get().slug());
        }
        List<Person> titled = directory.people().stream().filter(p -> p.title() != null
                && p.title().toLowerCase(Locale.ROOT).startsWith(lower)).toList();
        if (titled.size() == 1) {
            return new EscalationTarget.Person(titled.getFirst().username());
        }
        throw Problem.invalid("escalation", row.level() + "'s contact '" + role + "' names " + (titled.isEmpty()
                ? "no on-call schedule, team or person (by title)" : titled.size() + " people by title")
                + " of this organization: give one person that title, or write the level in escalation.yaml.");
    }

    private static List<Trigger> triggers(EscalationRow row) {
        if (row.when().isBlank()) {
            throw Problem.invalid("escalation", row.level() + " (" + row.contact() + ") says whom but not when: add "
                    + "a When to Escalate column, e.g. \"P1/P2 not resolved in 30 minutes\".");
        }
        // Commas inside parentheses list examples ("External system failure (Salesforce, WHMCS)").
        String when = row.when().replaceAll("\\([^)]*\\)", "");
        List<Trigger> triggers = new ArrayList<>();
        for (String clause : when.split(",")) {
            triggers.add(trigger(row, clause.strip()));
        }
        return triggers;
    }

    private static Trigger trigger(EscalationRow row, String clause) {
        String lower = clause.toLowerCase(Locale.ROOT);
        if (lower.startsWith("all incidents") || lower.equals("always")) {
            return Trigger.always();
        }
        if (lower.contains("customer impact")) {
            return Trigger.onCustomerImpact();
        }
        if (lower.contains("external") || lower.contains("vendor")) {
            return Trigger.onExternalServiceAffected();
        }
        if (lower.contains("response") && lower.contains("missed")) {
            return Trigger.onResponseTargetMissed();
        }
        Matcher wait = WAIT.matcher(clause);
        if (!wait.matches()) {
            throw Problem.invalid("escalation", row.level() + "'s '" + clause + "' is not a condition Tocsin reads: "
                    + "write e.g. \"All incidents\", \"P1/P2 not resolved in 30 minutes\", \"customer impact\".");
        }
        String[] severities = wait.group(1) == null ? new String[0]
                : Arrays.stream(wait.group(1).split("/")).map(String::strip).toArray(String[]::new);
        long amount = Long.parseLong(wait.group(3));
        Duration after = wait.group(4).toLowerCase(Locale.ROOT).startsWith("h") ? Duration.ofHours(amount)
                : Duration.ofMinutes(amount);
        return wait.group(2).equalsIgnoreCase("resolved") ? Trigger.afterUnresolved(after, severities)
                : Trigger.afterUnacknowledged(after, severities);
    }
}
