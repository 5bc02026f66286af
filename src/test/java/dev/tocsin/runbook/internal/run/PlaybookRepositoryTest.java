package dev.tocsin.runbook.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.runbook.StepRun;
import dev.tocsin.runbook.StoredRunbook;
import dev.tocsin.runbook.internal.RunbookRepository;
import dev.tocsin.support.BothDatabases;
import dev.tocsin.support.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Runbooks, the scenarios an incident follows and the runs of their steps read back as written, on both databases. */
class PlaybookRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:15:30.123456Z");

    @BothDatabases
    void a_runbook_is_kept_and_replaced_in_place(TestDatabase db) {
        anOrganization(db.jdbc());
        var runbooks = new RunbookRepository(db.jdbc());
        StoredRunbook first = new StoredRunbook("crm-cache", "crm", "Cache", "# Cache\n", NOW, "config");

        assertThat(runbooks.save(first)).isTrue();
        StoredRunbook second = new StoredRunbook("crm-cache", "crm", "Cache, again", "# Cache, again\n",
                NOW.plusSeconds(60), "token:lead");
        assertThat(runbooks.save(second)).isFalse();

        assertThat(runbooks.find("crm-cache")).contains(second);
        assertThat(runbooks.all()).containsExactly(second);
    }

    @BothDatabases
    void attaching_twice_is_one_scenario_and_a_run_reads_back_through_its_decision_and_result(TestDatabase db) {
        UUID incident = anIncident(db.jdbc());
        new RunbookRepository(db.jdbc()).save(new StoredRunbook("crm-cache", "crm", "Cache", "# Cache\n", NOW,
                "config"));
        var playbooks = new PlaybookRepository(db.jdbc());
        var attached = new PlaybookRepository.Attached(incident, "crm-cache", "stale-key", "tocsin:runbook", NOW,
                "service");

        assertThat(playbooks.attach(attached)).isTrue();
        assertThat(playbooks.attach(attached)).isFalse();
        assertThat(playbooks.attached(incident)).containsExactly(attached);

        UUID id = UUID.randomUUID();
        StepRun waiting = new StepRun(id, incident, "crm-cache", "stale-key", "resolution-1", "redis", "Drop it",
                "redis-cli DEL k", true, StepRun.Status.AWAITING_APPROVAL, "token:alice", NOW,
                Optional.of(NOW.plus(Duration.ofMinutes(15))), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), Optional.empty());
        playbooks.insert(waiting);
        assertThat(playbooks.lock(id)).contains(waiting);

        Instant later = NOW.plusSeconds(90).truncatedTo(ChronoUnit.MICROS);
        playbooks.finish(id, StepRun.Status.SUCCEEDED, Optional.of("token:bob"), later,
                new StepResult(StepResult.Status.SUCCEEDED, 0, "(integer) 1", false, Duration.ofMillis(4)));

        StepRun done = playbooks.runs(incident).getFirst();
        assertThat(done.status()).isEqualTo(StepRun.Status.SUCCEEDED);
        assertThat(done.decidedBy()).contains("token:bob");
        assertThat(done.decidedAt()).contains(later);
        assertThat(done.exitCode()).contains(0);
        assertThat(done.output()).contains("(integer) 1");
        assertThat(done.duration()).contains(Duration.ofMillis(4));
        assertThat(done.finishedAt()).contains(later);
    }

    private static void anOrganization(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO organization (slug, name, time_zone, business_day_start, business_day_end)
                VALUES ('crm', 'CRM', 'UTC', '09:00', '17:00')""").update();
    }

    private static UUID anIncident(JdbcClient jdbc) {
        anOrganization(jdbc);
        UUID id = UUID.randomUUID();
        OffsetDateTime at = NOW.atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO incident (id, organization, title, severity, status, detection_source, customer_impact,
                                      detected_at, response_due_at, created_by, updated_at)
                VALUES (?, 'crm', 'Stale cache', 'P3', 'triggered', 'manual', FALSE, ?, ?, 'test', ?)""")
                .params(id, at, at, at).update();
        return id;
    }
}
