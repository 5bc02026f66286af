package dev.tocsin.runbook.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tocsin.runbook.LintFinding;
import dev.tocsin.runbook.Runbook;
import dev.tocsin.runbook.internal.parse.MarkdownRunbookParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunbookLinterTest {

    private static final RunbookLinter.Sources LOCAL = new RunbookLinter.Sources(Set.of("default"), Set.of("default"));

    private static List<LintFinding> lint(String markdown, RunbookLinter.Sources sources, LocalDate today) {
        Runbook runbook = MarkdownRunbookParser.parse(markdown);
        return RunbookLinter.lint(markdown, runbook, sources, today);
    }

    @Test
    void the_customer_portal_runbook_reports_its_placeholder_contacts_its_age_and_the_scenario_without_diagnosis()
            throws IOException {
        String markdown = Files.readString(Path.of("examples/customer-portal/runbooks/incident-response.md"));

        List<LintFinding> findings = lint(markdown, LOCAL, LocalDate.of(2026, 11, 29));

        assertThat(findings).filteredOn(f -> f.rule().equals("placeholder")).extracting(LintFinding::message)
                .anyMatch(m -> m.startsWith("'[Slack/PagerDuty]'")).anyMatch(m -> m.startsWith("'[Phone]'"))
                .anyMatch(m -> m.startsWith("'[Slack/Email]'")).hasSize(6);
        assertThat(findings).filteredOn(f -> f.rule().equals("no-real-contact")).extracting(LintFinding::where)
                .containsExactly("contacts: Primary On-Call", "contacts: Secondary On-Call",
                        "contacts: Engineering Lead");
        assertThat(findings).filteredOn(f -> f.rule().equals("stale")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("December 2025"));
        assertThat(findings).filteredOn(f -> f.rule().equals("no-diagnosis")).extracting(LintFinding::where)
                .containsExactly("scenario: security-incident");
        assertThat(findings).filteredOn(f -> f.rule().startsWith("unknown")).isEmpty();
    }

    @Test
    void a_month_is_stale_six_months_after_it_ends_and_templates_in_fences_are_not_placeholders() {
        String markdown = """
                # Cache
                ```text
                INCIDENT UPDATE - [P1/P2] - [Brief Description]
                ```
                Last Updated: December 2025
                """;

        assertThat(lint(markdown, LOCAL, LocalDate.of(2026, 6, 30))).isEmpty();
        assertThat(lint(markdown, LOCAL, LocalDate.of(2026, 7, 1))).extracting(LintFinding::rule)
                .containsExactly("stale");
    }

    @Test
    void steps_naming_a_data_source_or_connection_the_organization_lacks_are_reported() {
        String markdown = """
                # Queue
                ## Stuck
                **Check:**
                ```bash
                redis-cli -u $QUEUE_REDIS_URL LLEN events
                psql $ORDERS_DATABASE_URL -c "SELECT 1"
                ```
                """;

        assertThat(lint(markdown, LOCAL, LocalDate.of(2026, 1, 1)))
                .extracting(LintFinding::rule, LintFinding::where)
                .containsExactly(tuple("unknown-connection", "scenario: stuck, step: diagnosis-1"),
                        tuple("unknown-datasource", "scenario: stuck, step: diagnosis-2"));
        assertThat(lint(markdown, new RunbookLinter.Sources(Set.of("orders"), Set.of("queue")),
                LocalDate.of(2026, 1, 1))).isEmpty();
    }
}
