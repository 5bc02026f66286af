package dev.tocsin.incident;

import dev.tocsin.catalog.Catalog;
import dev.tocsin.catalog.Organization;
import dev.tocsin.catalog.Service;
import dev.tocsin.incident.internal.IncidentRepository;
import dev.tocsin.incident.timeline.NewEntry;
import dev.tocsin.incident.timeline.Timeline;
import dev.tocsin.incident.timeline.TimelineEntry;
import dev.tocsin.platform.AfterCommit;
import dev.tocsin.platform.Problem;
import dev.tocsin.platform.Text;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The module's API: declare, change and annotate incidents; every change lands in the timeline. */
@Component
public class Incidents {

    public static final int TITLE_MAX = 300;
    public static final int SUMMARY_MAX = 10_000;
    public static final int IMPACT_MAX = 2_000;
    public static final int NOTE_MAX = 10_000;

    private final IncidentRepository repository;
    private final SeverityPolicy severities;
    private final Catalog catalog;
    private final IncidentChanges changes;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;
    private final Clock clock;

    Incidents(IncidentRepository repository, SeverityPolicy severities, Catalog catalog, IncidentChanges changes,
            Timeline timeline, ApplicationEventPublisher events, MeterRegistry meters, Clock clock) {
        this.repository = repository;
        this.severities = severities;
        this.catalog = catalog;
        this.changes = changes;
        this.timeline = timeline;
        this.events = events;
        this.meters = meters;
        this.clock = clock;
    }

    @Transactional
    public Incident declare(DeclareIncident request, String actor) {
        String title = Text.required("title", request.title(), TITLE_MAX);
        String summary = Text.optional("summary", request.summary(), SUMMARY_MAX);
        String impact = Text.optional("impact", request.impact(), IMPACT_MAX);
        if (request.severity() == null || request.severity().isBlank()) {
            throw Problem.invalid("severity", "severity is required: one of the organization's severities, e.g. P1.");
        }
        Instant now = now();
        List<String> services = request.services() == null ? List.of() : request.services().stream().distinct().toList();
        Organization organization = organizationOf(services, request.organization());
        Severity severity = severities.require(organization.slug(), request.severity());
        Instant detectedAt = request.detectedAt() == null ? now : request.detectedAt().truncatedTo(ChronoUnit.MICROS);
        if (detectedAt.isAfter(now)) {
            throw Problem.invalid("detectedAt", "detectedAt " + detectedAt + " is in the future; leave it out for now.");
        }
        Incident draft = new Incident(UUID.randomUUID(), 0, organization.slug(), title, summary, severity.code(),
                IncidentStatus.TRIGGERED,
                request.detectionSource() == null ? DetectionSource.INTERNAL : request.detectionSource(),
                request.customerImpact(), impact, null, services, detectedAt,
                severity.responseTime().dueAfter(detectedAt, organization), null, null, null, actor, now);
        Incident incident = draft.withNumber(repository.insert(draft));

        Map<String, Object> declared = new LinkedHashMap<>();
        declared.put("title", incident.title());
        declared.put("severity", incident.severity());
        declared.put("status", incident.status());
        declared.put("services", incident.services());
        declared.put("detectionSource", incident.detectionSource());
        declared.put("customerImpact", incident.customerImpact());
        declared.put("detectedAt", incident.detectedAt().toString());
        declared.put("responseDueAt", incident.responseDueAt().toString());
        timeline.append(incident.id(), now, actor, new NewEntry(Timeline.DECLARED, "Declared " + incident.reference()
                + " as " + severity.code() + " " + severity.name() + ": " + incident.title(), null, declared));
        events.publishEvent(new IncidentDeclared(incident.id(), incident.reference(), incident.organization(),
                incident.severity(), incident.services(), incident.customerImpact(), incident.detectedAt(),
                incident.responseDueAt()));
        AfterCommit.run(() -> meters.counter("tocsin.incidents.declared", "severity", incident.severity()).increment());
        return incident;
    }

    @Transactional
    public Incident change(String reference, IncidentChange change, String actor) {
        Incident current = idOf(reference).flatMap(repository::lock)
                .orElseThrow(() -> Problem.notFound("Incident", reference));
        return changes.apply(current, change, actor, now());
    }

    @Transactional
    public TimelineEntry addNote(String reference, String text, String actor) {
        String note = Text.required("text", text, NOTE_MAX);
        return timeline.append(require(reference).id(), now(), actor, NewEntry.of("note", note));
    }

    /** By id or by reference (INC-7). */
    public Optional<Incident> find(String reference) {
        return idOf(reference).flatMap(repository::find);
    }

    private Optional<UUID> idOf(String reference) {
        try {
            if (reference.regionMatches(true, 0, Incident.PREFIX, 0, Incident.PREFIX.length())) {
                return repository.idOf(Long.parseLong(reference.substring(Incident.PREFIX.length())));
            }
            return Optional.of(UUID.fromString(reference));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Incident require(String reference) {
        return find(reference).orElseThrow(() -> Problem.notFound("Incident", reference));
    }

    public IncidentPage list(IncidentFilter filter, int page, int size) {
        return new IncidentPage(repository.list(filter, page, size), page, size, repository.count(filter));
    }

    private Organization organizationOf(List<String> serviceSlugs, String requested) {
        List<Service> services = serviceSlugs.stream()
                .map(slug -> catalog.service(slug).orElseThrow(() -> Problem.invalid("services",
                        "Unknown service '" + slug + "'; known services: "
                                + catalog.services().stream().map(Service::slug).toList() + ".")))
                .toList();
        List<String> owners = services.stream().map(Service::organization).distinct().toList();
        if (owners.size() > 1) {
            throw Problem.invalid("services", "Services " + serviceSlugs + " belong to different organizations "
                    + owners + "; declare one incident per organization.");
        }
        if (requested != null && !owners.isEmpty() && !owners.getFirst().equals(requested)) {
            throw Problem.invalid("organization", "Services " + serviceSlugs + " belong to '" + owners.getFirst()
                    + "', not '" + requested + "'.");
        }
        if (!owners.isEmpty()) {
            return organization(owners.getFirst());
        }
        if (requested != null) {
            return organization(requested);
        }
        List<Organization> all = catalog.organizations();
        if (all.size() == 1) {
            return all.getFirst();
        }
        throw Problem.invalid("services", "Name the affected services, or the organization: one of "
                + all.stream().map(Organization::slug).toList() + ".");
    }

    private Organization organization(String slug) {
        return catalog.organization(slug).orElseThrow(() -> Problem.invalid("organization",
                "Unknown organization '" + slug + "'; known: "
                        + catalog.organizations().stream().map(Organization::slug).toList() + "."));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
