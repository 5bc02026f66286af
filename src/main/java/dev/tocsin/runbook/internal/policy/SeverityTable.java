package dev.tocsin.runbook.internal.policy;

import dev.tocsin.incident.ResponseTarget;
import dev.tocsin.incident.Severity;
import dev.tocsin.platform.Problem;
import dev.tocsin.runbook.Runbook.SeverityRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A runbook's severity table as an organization's severity policy: "P1 - Critical" is code P1
 * named Critical, "15 minutes", "1 hour" or "Next business day" the response time, examples split
 * at commas. What the table leaves out (the CRM runbook has no names or examples) is kept from the
 * organization's current policy.
 */
final class SeverityTable {

    private static final Pattern CODE_AND_NAME = Pattern.compile("^\\s*([A-Za-z]*\\d+)\\s*(?:[-–—:]\\s*(.+))?$");
    private static final Pattern WITHIN =
            Pattern.compile("(?i)^\\s*(\\d+)\\s*(minutes?|mins?|m|hours?|hrs?|h|days?|d)\\s*$");

    private SeverityTable() {
    }

    static List<Severity> toPolicy(List<SeverityRow> rows, List<Severity> current) {
        if (rows.isEmpty()) {
            throw Problem.invalid("severities", "This runbook has no severity table (a table with a Response Time "
                    + "column); nothing to import.");
        }
        Map<String, Severity> before = current.stream()
                .collect(Collectors.toMap(Severity::code, Function.identity()));
        List<Severity> severities = new ArrayList<>();
        for (SeverityRow row : rows) {
            Matcher codeAndName = CODE_AND_NAME.matcher(row.severity());
            if (!codeAndName.matches()) {
                throw Problem.invalid("severities", "Severity '" + row.severity() + "' does not start with a code "
                        + "such as P1 (\"P1\" or \"P1 - Critical\"): fix that row of the table.");
            }
            String code = codeAndName.group(1).toUpperCase(Locale.ROOT);
            Optional<Severity> was = Optional.ofNullable(before.get(code));
            String name = Optional.ofNullable(codeAndName.group(2)).map(String::strip)
                    .or(() -> was.map(Severity::name)).orElse(code);
            String definition = row.definition().isBlank() ? was.map(Severity::definition).orElse("")
                    : row.definition();
            List<String> examples = row.examples().isBlank() ? was.map(Severity::examples).orElse(List.of())
                    : Arrays.stream(row.examples().split(",")).map(String::strip).filter(e -> !e.isEmpty()).toList();
            severities.add(new Severity(code, severities.size() + 1, name, definition, responseTime(row), examples));
        }
        return severities;
    }

    private static ResponseTarget responseTime(SeverityRow row) {
        String text = row.responseTime().strip();
        if (text.toLowerCase(Locale.ROOT).replace('-', ' ').equals("next business day")) {
            return new ResponseTarget.NextBusinessDay();
        }
        Matcher within = WITHIN.matcher(text);
        if (!within.matches()) {
            throw Problem.invalid("severities", "Response time '" + text + "' of " + row.severity() + " is not one "
                    + "Tocsin reads: write e.g. 15 minutes, 1 hour, 24 hours or Next business day.");
        }
        long amount = Long.parseLong(within.group(1));
        char unit = within.group(2).toLowerCase(Locale.ROOT).charAt(0);
        return new ResponseTarget.Within(switch (unit) {
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        });
    }
}
