package dev.tocsin.notify.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.incident.Incident;
import dev.tocsin.incident.IncidentStatus;
import dev.tocsin.notify.slack.SlackIncidentThreads.Thread;
import dev.tocsin.support.BothDatabases;
import dev.tocsin.support.Fixtures;
import dev.tocsin.support.MutableClock;
import dev.tocsin.support.TestDatabase;
import java.time.Instant;
import java.util.List;
import org.springframework.transaction.support.TransactionOperations;

class SlackIncidentThreadsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    @BothDatabases
    void an_incident_keeps_its_first_channel_and_message(TestDatabase db) {
        Fixtures.organization(db.jdbc());
        Incident incident = Fixtures.incident(db.jdbc(), "P1", IncidentStatus.TRIGGERED, NOW, List.of());
        SlackIncidentThreads threads = new SlackIncidentThreads(db.jdbc(), new MutableClock(NOW),
            TransactionOperations.withoutTransaction());

        threads.save(new Thread(incident.id(), "C0INC7", "inc-7-portal-unreachable", "1764493200.000100"));
        threads.save(new Thread(incident.id(), "C0OTHER", "inc-7-portal-unreachable-2", "1764493999.000100"));

        assertThat(threads.find(incident.id()))
                .hasValue(new Thread(incident.id(), "C0INC7", "inc-7-portal-unreachable", "1764493200.000100"));
    }
}
