package dev.tocsin.alert.internal;

import dev.tocsin.alert.IncomingAlert;
import dev.tocsin.alert.IngestResult;
import dev.tocsin.alert.Integration;
import dev.tocsin.platform.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for alert ingestion. A request thread hands its checked events to a writer and
 * waits; the writer takes every request that queued meanwhile and records them all in one
 * transaction, so a storm costs one commit per batch instead of one per request, and requests
 * of one integration never queue on each other's row locks. A request is answered only once its
 * batch has committed: a 2xx still means stored. Integrations are spread over the writers by id,
 * so the events of one integration are recorded in the order they arrived.
 */
@Component
public class IngestWriter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IngestWriter.class);
    private static final long BUSY_RETRY_AFTER_SECONDS = 1;

    private final AlertRecorder recorder;
    private final TransactionTemplate transactions;
    private final int maxBatch;
    private final Duration answerWithin;
    private final List<Lane> lanes = new ArrayList<>();

    IngestWriter(AlertRecorder recorder, PlatformTransactionManager transactionManager,
            @Value("${tocsin.ingest.writers:2}") int writers,
            @Value("${tocsin.ingest.max-batch:256}") int maxBatch,
            @Value("${tocsin.ingest.queue-capacity:20000}") int queueCapacity,
            @Value("${tocsin.ingest.answer-within:30s}") Duration answerWithin) {
        this.recorder = recorder;
        this.transactions = new TransactionTemplate(transactionManager);
        this.maxBatch = maxBatch;
        this.answerWithin = answerWithin;
        for (int i = 0; i < writers; i++) {
            lanes.add(new Lane(i, new ArrayBlockingQueue<>(queueCapacity)));
        }
        lanes.forEach(Lane::start);
    }

    /** Records one request's events and answers once they are committed. */
    public List<IngestResult> write(Integration integration, List<IncomingAlert> events) {
        var request = new Request(integration, events, new CompletableFuture<>());
        Lane lane = lanes.get(Math.floorMod(integration.id().hashCode(), lanes.size()));
        if (lane.closed || !lane.queue.offer(request)) {
            throw Problem.unavailable("ingest-busy", "Ingest queue full", "Tocsin has more alerts waiting to be "
                    + "stored than it accepts at once; nothing of this request was stored. Retry shortly.",
                    BUSY_RETRY_AFTER_SECONDS);
        }
        try {
            return request.result().get(answerWithin.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("Recording alerts failed", e.getCause());
        } catch (TimeoutException e) {
            // The batch may still commit; the sender's retry is then counted as a repeat, never lost.
            throw Problem.unavailable("ingest-timeout", "Not stored in time", "The alerts were not confirmed as "
                    + "stored within " + answerWithin.toSeconds() + " s. Retry; a repeat is deduplicated.",
                    BUSY_RETRY_AFTER_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Problem.unavailable("ingest-interrupted", "Shutting down", "Tocsin is stopping; retry.",
                    BUSY_RETRY_AFTER_SECONDS);
        }
    }

    /** Lets the queued requests finish: the web server has stopped taking new ones by now. */
    @Override
    public void destroy() throws InterruptedException {
        lanes.forEach(lane -> lane.closed = true);
        for (Lane lane : lanes) {
            lane.thread.join(answerWithin.toMillis());
        }
    }

    private void commit(List<Request> batch) {
        try {
            List<List<IngestResult>> results = transactions.execute(status -> batch.stream()
                    .map(request -> recorder.record(request.integration(), request.events())).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result().complete(results.get(i));
            }
        } catch (RuntimeException e) {
            if (batch.size() == 1 || databaseUnavailable(e)) {
                batch.forEach(request -> request.result().completeExceptionally(e));
                return;
            }
            // One request broke the batch (a constraint, a rule): each other one commits on its own.
            batch.forEach(request -> commit(List.of(request)));
        } catch (Error e) {
            // Out of memory, say: the senders get a 500 and retry, and the writer lives on.
            log.error("Ingest writer failed a batch of {} requests", batch.size(), e);
            batch.forEach(request -> request.result().completeExceptionally(e));
        }
    }

    private static boolean databaseUnavailable(Throwable e) {
        return e instanceof DataAccessResourceFailureException || e instanceof TransientDataAccessException
                || e instanceof CannotCreateTransactionException || e instanceof TransactionSystemException;
    }

    private record Request(Integration integration, List<IncomingAlert> events,
            CompletableFuture<List<IngestResult>> result) {
    }

    private final class Lane implements Runnable {
        private final BlockingQueue<Request> queue;
        private final Thread thread;
        private volatile boolean closed;

        Lane(int index, BlockingQueue<Request> queue) {
            this.queue = queue;
            this.thread = Thread.ofPlatform().name("ingest-writer-" + index).daemon().unstarted(this);
        }

        void start() {
            thread.start();
        }

        @Override
        public void run() {
            List<Request> batch = new ArrayList<>(maxBatch);
            while (!closed || !queue.isEmpty()) {
                try {
                    Request first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    queue.drainTo(batch, maxBatch - 1);
                    commit(batch);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } finally {
                    batch.clear();
                }
            }
        }
    }
}
