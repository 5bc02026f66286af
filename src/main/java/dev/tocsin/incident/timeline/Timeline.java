package dev.tocsin.incident.timeline;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Appends to and verifies an incident's hash chain. */
@Component
public class Timeline {

    /** Every chain starts with the incident's declaration. */
    public static final String DECLARED = "declared";

    private final TimelineRepository repository;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    Timeline(TimelineRepository repository, JsonMapper json, ApplicationEventPublisher events) {
        this.repository = repository;
        this.json = json;
        this.events = events;
    }

    /**
     * Appends within the caller's transaction, so entries exist exactly when the change they
     * record does, all stamped with the caller's {@code at}. {@code before} and {@code after}
     * are any JSON-serializable values, or null.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<TimelineEntry> append(UUID incidentId, Instant at, String actor, List<NewEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        HeldHeads held = HeldHeads.current(repository);
        var head = held.lock(incidentId);
        int seq = head.seq();
        String previousHash = head.hash() == null ? TimelineHash.GENESIS : head.hash();
        // Both databases keep microseconds; hashing what is stored keeps verify stable.
        Instant stamp = at.truncatedTo(ChronoUnit.MICROS);
        List<TimelineEntry> appended = new ArrayList<>();
        for (NewEntry e : entries) {
            seq++;
            String before = toJson(e.before());
            String after = toJson(e.after());
            String hash = TimelineHash.of(incidentId, seq, stamp, actor, e.kind(), e.summary(), before, after,
                    previousHash);
            TimelineEntry entry = new TimelineEntry(incidentId, seq, stamp, actor, e.kind(), e.summary(), before,
                    after, previousHash, hash);
            repository.insert(entry);
            appended.add(entry);
            previousHash = hash;
        }
        held.moveTo(incidentId, new TimelineRepository.Head(seq, previousHash));
        events.publishEvent(new TimelineAppended(incidentId, seq, entries.stream().map(NewEntry::kind).toList()));
        return appended;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public TimelineEntry append(UUID incidentId, Instant at, String actor, NewEntry entry) {
        return append(incidentId, at, actor, List.of(entry)).getFirst();
    }

    /**
     * Takes the lock that appends take, until the caller's transaction ends: what the caller
     * reads of the timeline then stays true until its own appends (two writers deciding from the
     * same entries, say a timer and a person, go one after the other).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(UUID incidentId) {
        HeldHeads.current(repository).lock(incidentId);
    }

    /** The incident's entries of one kind, in order: what a module reads back of what it wrote. */
    public List<TimelineEntry> entries(UUID incidentId, String kind) {
        return repository.ofKind(incidentId, kind);
    }

    public List<TimelineEntry> entries(UUID incidentId) {
        return repository.all(incidentId);
    }

    /**
     * Recomputes every hash from the stored content and checks each link to the one before and
     * the last to the incident's head. One snapshot: an entry committed meanwhile is not a tamper.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public TimelineVerification verify(UUID incidentId) {
        String head = repository.head(incidentId).orElse(TimelineHash.GENESIS);
        List<TimelineEntry> entries = repository.all(incidentId);
        if (entries.isEmpty() || !entries.getFirst().kind().equals(DECLARED)) {
            return TimelineVerification.broken(entries.size(), 1, "the chain does not start with the declaration");
        }
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
