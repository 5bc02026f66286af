package dev.tocsin.incident.timeline;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Appends to and verifies an incident's hash chain. */
@Component
public class Timeline {

    private final TimelineRepository repository;
    private final Clock clock;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    Timeline(TimelineRepository repository, Clock clock, JsonMapper json, ApplicationEventPublisher events) {
        this.repository = repository;
        this.clock = clock;
        this.json = json;
        this.events = events;
    }

    /**
     * Appends within the caller's transaction, so an entry exists exactly when the change it
     * records does. {@code before} and {@code after} are any JSON-serializable values, or null.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public TimelineEntry append(UUID incidentId, String actor, String kind, String summary, Object before,
            Object after) {
        repository.lockIncident(incidentId);
        var last = repository.last(incidentId);
        int seq = last.map(e -> e.seq() + 1).orElse(1);
        String previousHash = last.map(TimelineEntry::hash).orElse(TimelineHash.GENESIS);
        // Both databases keep microseconds; hashing what is stored keeps verify stable.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String beforeJson = toJson(before);
        String afterJson = toJson(after);
        String hash = TimelineHash.of(incidentId, seq, at, actor, kind, summary, beforeJson, afterJson, previousHash);
        TimelineEntry entry = new TimelineEntry(incidentId, seq, at, actor, kind, summary, beforeJson, afterJson,
                previousHash, hash);
        repository.insert(entry);
        repository.setHead(incidentId, hash);
        events.publishEvent(new TimelineEntryAppended(incidentId, seq, kind));
        return entry;
    }

    public List<TimelineEntry> entries(UUID incidentId) {
        return repository.all(incidentId);
    }

    /** Recomputes every hash from the stored content and checks each link to the one before. */
    public TimelineVerification verify(UUID incidentId) {
        List<TimelineEntry> entries = repository.all(incidentId);
        String previous = TimelineHash.GENESIS;
        int expectedSeq = 1;
        for (TimelineEntry e : entries) {
            if (e.seq() != expectedSeq) {
                return TimelineVerification.broken(entries.size(), expectedSeq, "entry " + expectedSeq + " is missing");
            }
            if (!e.previousHash().equals(previous)) {
                return TimelineVerification.broken(entries.size(), e.seq(),
                        "previous hash does not match entry " + (e.seq() - 1));
            }
            if (!TimelineHash.of(e).equals(e.hash())) {
                return TimelineVerification.broken(entries.size(), e.seq(), "content does not match its hash");
            }
            previous = e.hash();
            expectedSeq++;
        }
        String head = repository.head(incidentId).orElse(TimelineHash.GENESIS);
        if (!head.equals(previous)) {
            return TimelineVerification.broken(entries.size(), expectedSeq,
                    "entries after " + (expectedSeq - 1) + " were removed");
        }
        return TimelineVerification.ok(entries.size());
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
