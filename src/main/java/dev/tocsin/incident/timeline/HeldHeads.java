package dev.tocsin.incident.timeline;

import dev.tocsin.incident.timeline.TimelineRepository.Head;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The timeline heads the current transaction has locked. An alert that opens an incident appends
 * three times and checks once; each used to lock the incident row again and write its head again,
 * four locks and three writes of the declaring transaction's forty-odd statements. Now the row is
 * locked once, the head is kept here while the lock is held, and written back once just before the
 * commit. Nothing else
 * writes an incident's head, and a lock is held until the transaction ends, so the copy here stays
 * true; a rolled-back transaction takes its copy with it.
 */
final class HeldHeads implements TransactionSynchronization {

    private final TimelineRepository repository;
    private final boolean inTransaction;
    private final Map<UUID, Head> heads = new HashMap<>();
    private final Set<UUID> moved = new LinkedHashSet<>();
    private boolean written;

    private HeldHeads(TimelineRepository repository, boolean inTransaction) {
        this.repository = repository;
        this.inTransaction = inTransaction;
        this.written = !inTransaction;
    }

    /**
     * The current transaction's, made on first use. Without a Spring transaction (a statement at a
     * time, as the store's own tests append) nothing is held: every call reads and writes the row.
     */
    static HeldHeads current(TimelineRepository repository) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HeldHeads(repository, false);
        }
        HeldHeads held = (HeldHeads) TransactionSynchronizationManager.getResource(HeldHeads.class);
        if (held == null) {
            held = new HeldHeads(repository, true);
            TransactionSynchronizationManager.bindResource(HeldHeads.class, held);
            TransactionSynchronizationManager.registerSynchronization(held);
        }
        return held;
    }

    /** The incident's head, locking its row the first time this transaction asks. */
    Head lock(UUID incidentId) {
        return inTransaction ? heads.computeIfAbsent(incidentId, repository::lockHead)
                : repository.lockHead(incidentId);
    }

    void moveTo(UUID incidentId, Head head) {
        heads.put(incidentId, head);
        if (written) {
            // Not in a transaction, or appended from another synchronization's beforeCommit after ours ran.
            repository.setHead(incidentId, head.seq(), head.hash());
        } else {
            moved.add(incidentId);
        }
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        for (UUID incidentId : moved) {
            Head head = heads.get(incidentId);
            repository.setHead(incidentId, head.seq(), head.hash());
        }
        written = true;
    }

    @Override
    public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(HeldHeads.class);
    }
}
