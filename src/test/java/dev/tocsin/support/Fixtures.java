package dev.tocsin.support;

import dev.tocsin.catalog.Organization;
import dev.tocsin.catalog.Service;
import dev.tocsin.catalog.ServiceKind;
import dev.tocsin.catalog.VendorSupport;
import dev.tocsin.catalog.internal.CatalogRepository;
import dev.tocsin.incident.DetectionSource;
import dev.tocsin.incident.Incident;
import dev.tocsin.incident.IncidentStatus;
import dev.tocsin.incident.ResponseTarget;
import dev.tocsin.incident.Severity;
import dev.tocsin.incident.internal.IncidentRepository;
import dev.tocsin.incident.internal.SeverityRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows that repository tests build on: one organization with a P1-P4 policy and services. */
public final class Fixtures {

    public static final String ORG = "acme";

    private Fixtures() {
    }

    public static void organization(JdbcClient jdbc) {
        var catalog = new CatalogRepository(jdbc);
        catalog.upsert(new Organization(ORG, "Acme", ZoneOffset.UTC, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        catalog.upsert(new Service("api", ORG, "API", ServiceKind.INTERNAL, null, null, null, null));
        catalog.upsert(new Service("billing", ORG, "Billing", ServiceKind.EXTERNAL, null, null, null,
                new VendorSupport("BillCo", "BillCo support", "help@billco.example.com", null, null)));
        new SeverityRepository(jdbc).replace(ORG, List.of(
                severity("P1", 1, Duration.ofMinutes(15)), severity("P2", 2, Duration.ofHours(1)),
                severity("P3", 3, Duration.ofHours(4)), severity("P4", 4, Duration.ofHours(24))));
    }

    public static Incident incident(JdbcClient jdbc, String severity, IncidentStatus status, Instant detectedAt,
            List<String> services) {
        Incident draft = new Incident(UUID.randomUUID(), 0, ORG, "Incident " + severity, null, severity, status,
                DetectionSource.ALERT, false, null, null, services, detectedAt, detectedAt.plusSeconds(900), null,
                null, null, "test", detectedAt);
        var repository = new IncidentRepository(jdbc);
        repository.insert(draft);
        return repository.find(draft.id()).orElseThrow();
    }

    private static Severity severity(String code, int rank, Duration response) {
        return new Severity(code, rank, code, code + " definition", new ResponseTarget.Within(response), List.of());
    }
}
