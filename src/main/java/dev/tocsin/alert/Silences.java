package dev.tocsin.alert;

import dev.tocsin.alert.internal.SilenceRepository;
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
    private final Clock clock;

    Silences(SilenceRepository repository, Clock clock) {
        this.repository = repository;
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
        Silence silence = new Silence(UUID.randomUUID(), kind, Text.required("comment", comment, 2000), matchers,
                services, start, endsAt.truncatedTo(ChronoUnit.MICROS), actor, now);
        repository.insert(silence);
        return silence;
    }

    @Transactional
    public void end(UUID id) {
        if (!repository.end(id, clock.instant().truncatedTo(ChronoUnit.MICROS))) {
            throw Problem.notFound("Active silence", id.toString());
        }
    }

    public Optional<Silence> matching(String service, Map<String, String> labels, Instant at) {
        return repository.activeAt(at).stream().filter(s -> s.matches(service, labels, at)).findFirst();
    }

    public List<Silence> recent() {
        return repository.recent(clock.instant(), 20);
    }
}
