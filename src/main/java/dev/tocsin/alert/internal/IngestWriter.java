package dev.tocsin.alert.internal;

import dev.tocsin.alert.IncomingAlert;
import dev.tocsin.alert.IngestResult;
import dev.tocsin.alert.Integration;
import dev.tocsin.platform.Problem;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for alert ingestion. A request joins its lane's queue; whichever request thread
 * holds the lane's lock records everything queued so far in one transaction and answers those
 * requests once it committed: a 2xx still means stored. While one batch commits the next one
 * queues, so a storm costs one commit per batch instead of one per request, and requests of one
 * integration never wait on each other's row locks. When traffic is light a request is a batch of
 * one, recorded on its own thread with no hand-off. Integrations are spread over the lanes by id,
 * so the events of one integration are recorded in the order they arrived.
 */
@Component
public class IngestWriter {

    private static final Logger log = LoggerFactory.getLogger(IngestWriter.class);
    private static final long RETRY_AFTER_SECONDS = 1;
    private static final long WAKE_AT_LEAST_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final AlertRecorder recorder;
    private final TransactionTemplate transactions;
    private final int maxBatch;
    private final Duration answerWithin;
    private final List<Lane> lanes = new ArrayList<>();

    IngestWriter(AlertRecorder recorder, PlatformTransactionManager transactionManager, MeterRegistry meters,
            @Value("${tocsin.ingest.lanes:4}") int lanes,
            @Value("${tocsin.ingest.max-batch:256}") int maxBatch,
            @Value("${tocsin.ingest.queue-capacity:20000}") int queueCapacity,
            @Value("${tocsin.ingest.answer-within:30s}") Duration answerWithin) {
        this.recorder = recorder;
        this.transactions = new TransactionTemplate(transactionManager);
        this.maxBatch = maxBatch;
        this.answerWithin = answerWithin;
        for (int i = 0; i < lanes; i++) {
            this.lanes.add(new Lane(new ArrayBlockingQueue<>(queueCapacity), new ReentrantLock()));
        }
        Gauge.builder("tocsin.ingest.queued", this, IngestWriter::queued)
                .description("Alert requests waiting for a batch to store them").register(meters);
    }

    /** Requests waiting to be stored, over all lanes. */
    int queued() {
        return lanes.stream().mapToInt(lane -> lane.queue().size()).sum();
    }

    /** Whether some lane is storing a batch right now. */
    boolean recording() {
        return lanes.stream().anyMatch(lane -> lane.lock().isLocked());
    }

    /** Records one request's events and answers once they are committed. */
    public List<IngestResult> write(Integration integration, List<IncomingAlert> events) {
        var request = new Request(integration, events);
        Lane lane = lanes.get(Math.floorMod(integration.id().hashCode(), lanes.size()));
        if (!lane.queue().offer(request)) {
            throw unavailable("ingest-busy", "Ingest queue full", "Tocsin has more alerts waiting to be stored "
                    + "than it accepts at once; nothing of this request was stored. Retry shortly.");
        }
        try {
            lead(lane, request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon(lane, request, "Tocsin is stopping");
        }
        return request.outcome();
    }

    /**
     * Waits until this request is recorded, recording it (and whatever queued before it) itself
     * when the lane is free. A holder stops once its own request is recorded, so nobody serves
     * others for long; it then wakes the next queued request to take over. Each request is woken
     * as soon as its batch commits, never kept waiting behind later batches.
     */
    private void lead(Lane lane, Request request) throws InterruptedException {
        long deadline = System.nanoTime() + answerWithin.toNanos();
        while (!request.result().isDone()) {
            if (lane.lock().tryLock()) {
                try {
                    List<Request> batch = new ArrayList<>(maxBatch);
                    while (!request.result().isDone()) {
                        lane.queue().drainTo(batch, maxBatch);
                        commit(batch);
                        batch.clear();
                    }
                } finally {
                    lane.lock().unlock();
                }
                Request next = lane.queue().peek();
                if (next != null) {
                    LockSupport.unpark(next.waiter());
                }
                return;
            }
            if (System.nanoTime() > deadline) {
                abandon(lane, request, "The alerts were not stored within " + answerWithin.toSeconds() + " s");
                return;
            }
            // Woken by the batch that records this request, or by a holder done with the lane; the
            // timeout only guards against a wake-up lost to a request that left the queue meanwhile.
            LockSupport.parkNanos(this, WAKE_AT_LEAST_EVERY_NANOS);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }

    /** A request still queued is taken out, so it is never stored after its sender was told to retry. */
    private void abandon(Lane lane, Request request, String why) {
        if (lane.queue().remove(request)) {
            request.fail(unavailable("ingest-timeout", "Not stored",
                    why + "; nothing of this request was stored. Retry shortly."));
        }
        // Otherwise a batch holds it and answers it: outcome() waits for that.
    }

    /** One transaction for the batch; a request that breaks it is retried alone so the others commit. */
    void commit(List<Request> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<List<IngestResult>> results = transactions.execute(status -> batch.stream()
                    .map(request -> recorder.record(request.integration(), request.events())).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).complete(results.get(i));
            }
        } catch (RuntimeException e) {
            if (batch.size() == 1 || databaseUnavailable(e)) {
                batch.forEach(request -> request.fail(e));
                return;
            }
            batch.forEach(request -> commit(List.of(request)));
        } catch (Error e) {
            // Out of memory, say: these senders get a 500 and retry; the lane stays usable.
            log.error("Recording a batch of {} alert requests failed", batch.size(), e);
            batch.forEach(request -> request.fail(e));
        }
    }

    private static boolean databaseUnavailable(Throwable e) {
        return e instanceof DataAccessResourceFailureException || e instanceof TransientDataAccessException
                || e instanceof CannotCreateTransactionException || e instanceof TransactionSystemException;
    }

    private static Problem unavailable(String type, String title, String detail) {
        return Problem.unavailable(type, title, detail, RETRY_AFTER_SECONDS);
    }

    private record Lane(BlockingQueue<Request> queue, ReentrantLock lock) {
    }

    /** One sender's request, and the thread that waits for it. */
    record Request(Integration integration, List<IncomingAlert> events, CompletableFuture<List<IngestResult>> result,
            Thread waiter) {

        Request(Integration integration, List<IncomingAlert> events) {
            this(integration, events, new CompletableFuture<>(), Thread.currentThread());
        }

        void complete(List<IngestResult> results) {
            result.complete(results);
            LockSupport.unpark(waiter);
        }

        void fail(Throwable failure) {
            result.completeExceptionally(failure);
            LockSupport.unpark(waiter);
        }

        /** The results, or the failure that the batch met, as thrown by the recorder. */
        List<IngestResult> outcome() {
            try {
                return result.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure
                        : new IllegalStateException("Recording alerts failed", e.getCause());
            }
        }
    }
}
