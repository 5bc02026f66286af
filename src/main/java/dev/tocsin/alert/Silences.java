package dev.tocsin.alert;

import dev.tocsin.alert.internal.SilenceRepository;
import dev.tocsin.catalog.Catalog;
import dev.tocsin.catalog.Service;
import dev.tocsin.platform.Problem;
import dev.tocsin.platform.Text;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class Silences {

    private final SilenceRepository repository;
    private final Catalog catalog;
    private final Clock clock;

    Silences(SilenceRepository repository, Catalog catalog, Clock clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional
    public Silence create(Silence.Kind kind, String comment, Map<String, String> matchers, List<String> services,
            Instant startsAt, Instant endsAt, String actor) {
        // Stored times keep microseconds; truncating here keeps "starts now" true for an alert this instant.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant start = startsAt == null ? now : startsAt.truncatedTo(ChronoUnit.MICROS);
        if (endsAt == null || !endsAt.isAfter(start)) {
            throw Problem.invalid("endsAt", "endsAt must come after startsAt (" + start + ").");
        }
        if (matchers.isEmpty() && services.isEmpty()) {
            throw Problem.invalid("matchers", "Name at least one label matcher or service; a silence of everything "
                    + "would hide every alert.");
        }
        requireMatchers(matchers);
        requireServices(services);
        Silence silence = new Silence(UUID.randomUUID(), kind, Text.required("comment", comment, 2000), matchers,
                services, start, endsAt.truncatedTo(ChronoUnit.MICROS), actor, now);
        repository.insert(silence);
        return silence;
    }

    /**
     * Ends a silence now. One that has not started yet starts and ends now, as Alertmanager expires
     * a pending silence: it is over without ever having applied, and its end never precedes its start.
     */
    @Transactional
    public void end(UUID id) {
        if (!repository.end(id, clock.instant().truncatedTo(ChronoUnit.MICROS))) {
            throw Problem.notFound("Active silence", id.toString());
        }
    }

    /** Senders drop empty labels, so a blank name or value could never match: the silence would silently do nothing. */
    private static void requireMatchers(Map<String, String> matchers) {
        matchers.forEach((name, value) -> {
            if (name == null || name.isBlank()) {
                throw Problem.invalid("matchers", "A matcher has a blank label name; name the label to match, "
                        + "e.g. {\"alertname\": \"RedisDown\"}, or remove the matcher.");
            }
            if (value == null || value.isBlank()) {
                throw Problem.invalid("matchers", "Matcher '" + name + "' has a blank value; give the value the "
                        + "label must have, e.g. {\"" + name + "\": \"RedisDown\"}, or remove the matcher.");
            }
        });
    }

    /** A silence for a service the catalog does not know would never match, and the typo would go unseen. */
    private void requireServices(List<String> services) {
        for (String service : services) {
            if (service == null || service.isBlank()) {
                throw Problem.invalid("services", "services has a blank entry; remove it, or name one of the known "
                        + "services: " + knownServices() + ".");
            }
            if (catalog.service(service).isEmpty()) {
                throw Problem.invalid("services", "Unknown service '" + service + "'; known services: "
                        + knownServices() + ".");
            }
        }
    }

    private List<String> knownServices() {
        return catalog.services().stream().map(Service::slug).toList();
    }

    public Optional<Silence> matching(String service, Map<String, String> labels, Instant at) {
        return repository.activeAt(at).stream().filter(s -> s.matches(service, labels, at)).findFirst();
    }

    public List<Silence> recent() {
        return repository.recent(clock.instant(), 20);
    }
}
