package dev.tocsin.runbook.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tocsin.runbook.Runbook;
import dev.tocsin.runbook.Scenario;
import dev.tocsin.runbook.Step;
import dev.tocsin.runbook.StepKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Both seed runbooks, as Markdown in the example organizations, read into their tables, scenarios and steps. */
class SeedRunbooksParseTest {

    private static Runbook read(String organization) throws IOException {
        return MarkdownRunbookParser.parse(Files.readString(
                Path.of("examples", organization, "runbooks", "incident-response.md")));
    }

    @Test
    void the_customer_portal_runbook_has_its_tables_and_six_scenarios() throws IOException {
        Runbook runbook = read("customer-portal");

        assertThat(runbook.title()).isEqualTo("Incident Response Runbook");
        assertThat(runbook.lastUpdated()).contains("December 2025");
        assertThat(runbook.severities()).extracting(Runbook.SeverityRow::severity, Runbook.SeverityRow::responseTime)
                .containsExactly(tuple("P1 - Critical", "15 minutes"), tuple("P2 - High", "1 hour"),
                        tuple("P3 - Medium", "4 hours"), tuple("P4 - Low", "24 hours"));
        assertThat(runbook.escalation()).extracting(Runbook.EscalationRow::level, Runbook.EscalationRow::contact)
                .containsExactly(tuple("L1", "On-call engineer"), tuple("L2", "Development lead"),
                        tuple("L3", "Engineering manager"), tuple("L4", "Vendor support"));
        assertThat(runbook.escalation().get(1).when()).isEqualTo("P1/P2 not resolved in 30 minutes");
        assertThat(runbook.contacts()).extracting(Runbook.ContactRow::role, Runbook.ContactRow::contactMethod)
                .containsExactly(tuple("Primary On-Call", "[Slack/PagerDuty]"),
                        tuple("Secondary On-Call", "[Slack/PagerDuty]"), tuple("Engineering Lead", "[Slack/Email]"));
        assertThat(runbook.scenarios()).extracting(Scenario::slug).containsExactly(
                "salesforce-platform-events-not-receiving", "whmcs-api-unavailable", "redis-connection-failures",
                "database-connection-issues", "high-error-rate-performance-degradation", "security-incident");
    }

    @Test
    void the_redis_scenario_diagnoses_with_redis_and_http_steps_and_resolves_by_hand() throws IOException {
        Scenario redis = read("customer-portal").scenario("redis-connection-failures").orElseThrow();

        assertThat(redis.symptoms()).containsExactly("Authentication failing", "Cache misses on every request",
                "Rate limiting not working", "SSE connections dropping");
        assertThat(redis.diagnosis()).extracting(s -> s.basics().id(), Step::type, s -> s.basics().title())
                .containsExactly(tuple("diagnosis-1", "redis", "Check Redis connectivity"),
                        tuple("diagnosis-2", "redis", "Check Redis memory usage"),
                        tuple("diagnosis-3", "http", "Check BFF health endpoint"));
        assertThat(((Step.Redis) redis.diagnosis().get(1)).arguments()).containsExactly("INFO", "memory");
        Step.Http health = (Step.Http) redis.diagnosis().get(2);
        assertThat(health.method()).isEqualTo("GET");
        assertThat(health.url()).isEqualTo("http://localhost:4000/health");
        assertThat(health.jqFilter()).contains(".checks.cache");
        assertThat(redis.remediation()).allMatch(s -> s instanceof Step.Manual).hasSize(4);
        assertThat(redis.impact()).contains("Rate limiting to stop working");
    }

    @Test
    void psql_lines_become_sql_on_the_default_data_source_and_curl_posts_keep_their_body() throws IOException {
        Runbook runbook = read("customer-portal");
        Scenario database = runbook.scenario("database-connection-issues").orElseThrow();
        Scenario whmcs = runbook.scenario("whmcs-api-unavailable").orElseThrow();

        assertThat(database.diagnosis()).extracting(Step::type).containsExactly("sql", "sql", "http");
        Step.Sql select = (Step.Sql) database.diagnosis().getFirst();
        assertThat(select.datasource()).isEqualTo("default");
        assertThat(select.sql()).isEqualTo("SELECT 1");
        assertThat(select.basics().command()).isEqualTo("psql $DATABASE_URL -c \"SELECT 1\"");
        assertThat(select.basics().destructive()).isFalse();
        Step.Http post = (Step.Http) whmcs.diagnosis().getFirst();
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.url()).isEqualTo("$WHMCS_API_URL");
        assertThat(post.body()).contains("action=GetClients&responsetype=json");
        assertThat(whmcs.diagnosis().get(1)).isInstanceOf(Step.Shell.class);
        assertThat(whmcs.escalation()).containsExactly("If WHMCS server is down, contact hosting provider.");
    }

    @Test
    void the_crm_runbook_has_its_severities_escalation_path_and_scenarios() throws IOException {
        Runbook runbook = read("crm-platform");

        assertThat(runbook.severities()).extracting(Runbook.SeverityRow::severity, Runbook.SeverityRow::responseTime)
                .containsExactly(tuple("P1", "15 minutes"), tuple("P2", "1 hour"), tuple("P3", "4 hours"),
                        tuple("P4", "Next business day"));
        assertThat(runbook.escalation()).extracting(Runbook.EscalationRow::level, Runbook.EscalationRow::contact)
                .containsExactly(tuple("L1", "On-call engineer"), tuple("L2", "Platform lead"),
                        tuple("L3", "DevOps team"), tuple("L4", "Management"));
        assertThat(runbook.lastUpdated()).isEmpty();
        assertThat(runbook.scenarios()).extracting(Scenario::slug).containsExactly("assess", "api-unresponsive",
                "worker-queue-stuck", "database-connection-exhausted", "social-publishing-failed",
                "event-processing-lag");
    }

    @Test
    void the_worker_queue_is_checked_with_llen_and_restarted_only_destructively() throws IOException {
        Scenario stuck = read("crm-platform").scenario("worker-queue-stuck").orElseThrow();

        assertThat(stuck.symptoms()).containsExactly("Jobs not processing, queue growing");
        assertThat(stuck.diagnosis()).extracting(Step::type, s -> s.basics().title())
                .containsExactly(tuple("shell", "Worker logs"), tuple("redis", "Redis queue depth"));
        Step.Redis depth = (Step.Redis) stuck.diagnosis().get(1);
        assertThat(depth.connection()).isEqualTo("default");
        assertThat(depth.arguments()).containsExactly("LLEN", "crm-events");
        assertThat(stuck.remediation()).singleElement().satisfies(restart -> {
            assertThat(restart.basics().command()).isEqualTo("kubectl rollout restart deployment/crm-worker -n crm");
            assertThat(restart.basics().destructive()).isTrue();
        });
    }

    @Test
    void sql_blocks_split_at_semicolons_on_the_crm_data_source_and_writes_are_destructive() throws IOException {
        Runbook runbook = read("crm-platform");
        Scenario exhausted = runbook.scenario("database-connection-exhausted").orElseThrow();
        Scenario lag = runbook.scenario("event-processing-lag").orElseThrow();

        assertThat(exhausted.diagnosis()).extracting(s -> s.basics().title(), s -> ((Step.Sql) s).datasource(),
                s -> s.basics().destructive())
                .containsExactly(tuple("Active connections", "crm", false), tuple("Idle connections", "crm", false));
        assertThat(exhausted.remediation()).extracting(Step::type, s -> s.basics().destructive())
                .containsExactly(tuple("sql", true), tuple("shell", true));
        assertThat(((Step.Sql) exhausted.remediation().getFirst()).sql()).startsWith("SELECT pg_terminate_backend(pid)")
                .endsWith("interval '10 minutes';");
        assertThat(lag.steps()).extracting(s -> s.basics().id(), Step::type, s -> s.basics().kind(),
                s -> s.basics().destructive())
                .containsExactly(tuple("diagnosis-1", "redis", StepKind.DIAGNOSTIC, false),
                        tuple("diagnosis-2", "shell", StepKind.DIAGNOSTIC, false),
                        tuple("diagnosis-3", "sql", StepKind.DIAGNOSTIC, false),
                        tuple("resolution-1", "shell", StepKind.REMEDIATION, true),
                        tuple("resolution-2", "sql", StepKind.REMEDIATION, true));
    }

    @Test
    void a_procedure_without_parts_keeps_its_commands_and_a_command_run_in_a_pod_stays_shell() throws IOException {
        Runbook runbook = read("crm-platform");

        assertThat(runbook.scenario("assess").orElseThrow().steps()).extracting(Step::type)
                .containsExactly("shell", "shell", "http");
        Step inPod = runbook.scenario("api-unresponsive").orElseThrow().diagnosis().get(2);
        assertThat(inPod).isInstanceOf(Step.Shell.class);
        assertThat(inPod.basics().command()).contains("kubectl exec").contains("psql $CRM_DATABASE_URL");
        assertThat(runbook.scenario("social-publishing-failed").orElseThrow().remediation())
                .extracting(s -> s.basics().title()).containsExactly("If token expired: User must re-authenticate",
                        "If rate limited: Wait and retry", "If content rejected: Review content and resubmit");
        assertThat(runbook.scenario("assess").map(Scenario::escalation)).isEqualTo(Optional.of(java.util.List.of()));
    }
}
