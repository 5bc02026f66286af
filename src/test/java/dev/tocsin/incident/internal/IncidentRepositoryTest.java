package dev.tocsin.incident.internal;

import static dev.tocsin.incident.IncidentStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.incident.Incident;
import dev.tocsin.incident.IncidentFilter;
import dev.tocsin.incident.IncidentStatus;
import dev.tocsin.support.BothDatabases;
import dev.tocsin.support.Fixtures;
import dev.tocsin.support.TestDatabase;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

class IncidentRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    @BothDatabases
    void numbers_count_up_and_an_incident_reads_back_as_written(TestDatabase db) {
        Fixtures.organization(db.jdbc());
        Incident first = Fixtures.incident(db.jdbc(), "P1", TRIGGERED, T0, List.of("billing", "api"));
        Incident second = Fixtures.incident(db.jdbc(), "P2", TRIGGERED, T0, List.of());

        assertThat(second.number()).isEqualTo(first.number() + 1);
        assertThat(first.services()).containsExactly("api", "billing");
        assertThat(first.detectedAt()).isEqualTo(T0);
        assertThat(first.responseDueAt()).isEqualTo(T0.plusSeconds(900));
        var repository = new IncidentRepository(db.jdbc());
        assertThat(repository.idOf(first.number()).flatMap(repository::find)).contains(first);
    }

    @BothDatabases
    void an_update_stores_status_times_and_commander(TestDatabase db) {
        Fixtures.organization(db.jdbc());
        var repository = new IncidentRepository(db.jdbc());
        Incident i = Fixtures.incident(db.jdbc(), "P1", TRIGGERED, T0, List.of("api"));
        Incident acknowledged = new Incident(i.id(), i.number(), i.organization(), i.title(), i.summary(), "P2",
                ACKNOWLEDGED, i.detectionSource(), true, "Logins fail", null, i.services(), i.detectedAt(),
                T0.plusSeconds(3600), T0.plusSeconds(60), null, null, i.createdBy(), T0.plusSeconds(60));
        repository.update(acknowledged);

        assertThat(repository.lock(i.id())).contains(acknowledged);
    }

    @BothDatabases
    void the_list_puts_open_incidents_first_then_by_severity_then_newest(TestDatabase db) {
        Fixtures.organization(db.jdbc());
        Incident oldP1 = Fixtures.incident(db.jdbc(), "P1", ACKNOWLEDGED, T0, List.of("api"));
        Incident resolvedP1 = Fixtures.incident(db.jdbc(), "P1", RESOLVED, T0.plusSeconds(10), List.of("api"));
        Incident p3 = Fixtures.incident(db.jdbc(), "P3", TRIGGERED, T0.plusSeconds(20), List.of("billing"));
        Incident newP1 = Fixtures.incident(db.jdbc(), "P1", TRIGGERED, T0.plusSeconds(30), List.of("billing"));

        var repository = new IncidentRepository(db.jdbc());
        assertThat(repository.list(IncidentFilter.ALL, 0, 10)).extracting(Incident::id)
                .containsExactly(newP1.id(), oldP1.id(), p3.id(), resolvedP1.id());
        assertThat(repository.count(IncidentFilter.ALL)).isEqualTo(4);
    }

    @BothDatabases
    void filters_by_status_severity_and_service_and_pages(TestDatabase db) {
        Fixtures.organization(db.jdbc());
        Incident a = Fixtures.incident(db.jdbc(), "P1", TRIGGERED, T0, List.of("api"));
        Incident b = Fixtures.incident(db.jdbc(), "P2", CLOSED, T0, List.of("api", "billing"));
        Incident c = Fixtures.incident(db.jdbc(), "P2", MONITORING, T0, List.of("billing"));
        var repository = new IncidentRepository(db.jdbc());

        assertThat(repository.list(filter(IncidentStatus.openOnes(), null, null), 0, 10)).extracting(Incident::id)
                .containsExactlyInAnyOrder(a.id(), c.id());
        assertThat(repository.list(filter(EnumSet.of(CLOSED), null, null), 0, 10)).extracting(Incident::id)
                .containsExactly(b.id());
        assertThat(repository.list(filter(null, "P2", "billing"), 0, 10)).extracting(Incident::id)
                .containsExactly(c.id(), b.id());
        assertThat(repository.count(filter(null, null, "api"))).isEqualTo(2);
        assertThat(repository.list(IncidentFilter.ALL, 1, 2)).hasSize(1);
    }

    private static IncidentFilter filter(java.util.Set<IncidentStatus> statuses, String severity, String service) {
        return new IncidentFilter(statuses, severity, service);
    }
}
