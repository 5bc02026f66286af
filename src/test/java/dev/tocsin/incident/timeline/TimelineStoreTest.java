package dev.tocsin.incident.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.incident.IncidentStatus;
import dev.tocsin.support.BothDatabases;
import dev.tocsin.support.Fixtures;
import dev.tocsin.support.MutableClock;
import dev.tocsin.support.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The chain as stored by each database: appended, read back, verified, and tampered with. */
class TimelineStoreTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00.123456789Z"));

    @BothDatabases
    void entries_chain_each_hash_to_the_one_before_and_verify(TestDatabase db) {
        UUID incident = incidentWithEntries(db.jdbc(), 3);
        List<TimelineEntry> entries = timeline(db.jdbc()).entries(incident);

        assertThat(entries).extracting(TimelineEntry::seq).containsExactly(1, 2, 3);
        assertThat(entries.get(0).previousHash()).isEqualTo(TimelineHash.GENESIS);
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(2).previousHash()).isEqualTo(entries.get(1).hash());
        assertThat(entries.get(0).occurredAt()).isEqualTo("2026-11-23T09:00:00.123456Z");
        assertThat(entries.get(1).after()).isEqualTo("{\"to\":\"acknowledged\"}");
        assertThat(timeline(db.jdbc()).verify(incident)).isEqualTo(new TimelineVerification(true, 3, null, null));
    }

    @BothDatabases
    void a_summary_changed_behind_the_api_is_named_by_verify(TestDatabase db) {
        UUID incident = incidentWithEntries(db.jdbc(), 3);
        db.jdbc().sql("UPDATE timeline_entry SET summary = 'nothing happened' WHERE incident_id = ? AND seq = 2")
                .param(incident).update();

        var verification = timeline(db.jdbc()).verify(incident);
        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstInvalidSeq()).isEqualTo(2);
        assertThat(verification.reason()).isEqualTo("content does not match its hash");
    }

    @BothDatabases
    void a_backdated_entry_is_named_by_verify(TestDatabase db) {
        UUID incident = incidentWithEntries(db.jdbc(), 3);
        db.jdbc().sql("UPDATE timeline_entry SET occurred_at = occurred_at - INTERVAL '1' HOUR WHERE incident_id = ? AND seq = 3")
                .param(incident).update();

        assertThat(timeline(db.jdbc()).verify(incident).firstInvalidSeq()).isEqualTo(3);
    }

    @BothDatabases
    void a_removed_entry_in_the_middle_or_at_the_end_is_noticed(TestDatabase db) {
        UUID middle = incidentWithEntries(db.jdbc(), 3);
        db.jdbc().sql("DELETE FROM timeline_entry WHERE incident_id = ? AND seq = 2").param(middle).update();
        assertThat(timeline(db.jdbc()).verify(middle))
                .isEqualTo(new TimelineVerification(false, 2, 2, "entry 2 is missing"));

        UUID end = incidentWithEntries(db.jdbc(), 3);
        db.jdbc().sql("DELETE FROM timeline_entry WHERE incident_id = ? AND seq = 3").param(end).update();
        assertThat(timeline(db.jdbc()).verify(end))
                .isEqualTo(new TimelineVerification(false, 2, 3, "entries after 2 were removed"));
    }

    @BothDatabases
    void a_rewritten_chain_that_rehashes_one_entry_breaks_the_link_to_the_next(TestDatabase db) {
        UUID incident = incidentWithEntries(db.jdbc(), 3);
        TimelineEntry second = timeline(db.jdbc()).entries(incident).get(1);
        String forged = TimelineHash.of(second.incidentId(), 2, second.occurredAt(), "mallory", second.kind(),
                second.summary(), second.before(), second.after(), second.previousHash());
        db.jdbc().sql("UPDATE timeline_entry SET actor = 'mallory', hash = ? WHERE incident_id = ? AND seq = 2")
                .params(forged, incident).update();

        var verification = timeline(db.jdbc()).verify(incident);
        assertThat(verification.firstInvalidSeq()).isEqualTo(3);
        assertThat(verification.reason()).isEqualTo("previous hash does not match entry 2");
    }

    @BothDatabases
    void an_empty_chain_or_one_without_its_declaration_does_not_verify(TestDatabase db) {
        Fixtures.organization(db.jdbc());
        UUID empty = Fixtures.incident(db.jdbc(), "P1", IncidentStatus.TRIGGERED, clock.instant(), List.of()).id();
        assertThat(timeline(db.jdbc()).verify(empty))
                .isEqualTo(new TimelineVerification(false, 0, 1, "the chain does not start with the declaration"));

        UUID headless = incidentWithEntries(db.jdbc(), 3);
        db.jdbc().sql("DELETE FROM timeline_entry WHERE incident_id = ? AND seq = 1").param(headless).update();
        assertThat(timeline(db.jdbc()).verify(headless).valid()).isFalse();
    }

    @BothDatabases
    void a_batch_of_entries_shares_one_time_and_chains_in_order(TestDatabase db) {
        UUID incident = incidentWithEntries(db.jdbc(), 1);
        clock.advance(Duration.ofMinutes(1));
        var appended = timeline(db.jdbc()).append(incident, clock.instant(), "maya", List.of(
                new NewEntry("status_changed", "Status triggered → investigating", "triggered", "investigating"),
                new NewEntry("commander_assigned", "Incident commander: maya", null, "maya")));

        assertThat(appended).extracting(TimelineEntry::seq).containsExactly(2, 3);
        assertThat(appended).extracting(TimelineEntry::occurredAt).containsOnly(Instant.parse("2026-11-23T09:01:00.123456Z"));
        assertThat(appended.get(1).previousHash()).isEqualTo(appended.get(0).hash());
        assertThat(timeline(db.jdbc()).verify(incident)).isEqualTo(new TimelineVerification(true, 3, null, null));
    }

    @BothDatabases
    void appends_in_one_transaction_lock_once_and_write_the_head_as_it_commits(TestDatabase db) {
        UUID first = incidentWithEntries(db.jdbc(), 1);
        UUID second = incidentWithEntries(db.jdbc(), 1);
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
        Timeline timeline = timeline(db.jdbc());

        transactions.executeWithoutResult(status -> {
            timeline.lock(first);
            for (UUID incident : List.of(first, second, first)) {
                clock.advance(Duration.ofSeconds(1));
                timeline.append(incident, clock.instant(), "maya", new NewEntry("note", "Note", null, null));
            }
        });
        transactions.executeWithoutResult(status -> {
            timeline.append(second, clock.instant(), "maya", new NewEntry("note", "Rolled back", null, null));
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status ->
                timeline.append(second, clock.instant(), "maya",
                        new NewEntry("note", "After the rollback", null, null)));

        assertThat(timeline.verify(first)).isEqualTo(new TimelineVerification(true, 3, null, null));
        assertThat(timeline.verify(second)).isEqualTo(new TimelineVerification(true, 3, null, null));
        assertThat(timeline.entries(second)).extracting(TimelineEntry::summary)
                .containsExactly("Declared", "Note", "After the rollback");
    }

    private UUID incidentWithEntries(JdbcClient jdbc, int count) {
        Fixtures.organization(jdbc);
        UUID id = Fixtures.incident(jdbc, "P1", IncidentStatus.TRIGGERED, clock.instant(), List.of("api")).id();
        Timeline timeline = timeline(jdbc);
        timeline.append(id, clock.instant(), "admin",
                new NewEntry(Timeline.DECLARED, "Declared", null, java.util.Map.of("severity", "P1")));
        for (int i = 2; i <= count; i++) {
            clock.advance(Duration.ofSeconds(30));
            timeline.append(id, clock.instant(), "admin", new NewEntry("status_changed", "Entry " + i,
                    java.util.Map.of("from", "triggered"), java.util.Map.of("to", "acknowledged")));
        }
        return id;
    }

    private Timeline timeline(JdbcClient jdbc) {
        return new Timeline(new TimelineRepository(jdbc), JsonMapper.builder().build(), event -> { });
    }
}
