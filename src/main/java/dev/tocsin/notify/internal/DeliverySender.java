package dev.tocsin.notify.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Sends right after a commit, off the committing thread, so a page leaves within milliseconds and
 * the request or timer that caused it does not wait for SMTP. A few threads and a bounded queue:
 * what does not fit (or is lost in a crash) stays in the outbox for the sweep.
 */
@Component
class DeliverySender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);

    private final DeliveryWorker worker;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(2, 2, 1, TimeUnit.MINUTES,
            new ArrayBlockingQueue<>(10_000), Thread.ofPlatform().name("notify-send-", 0).daemon().factory());

    DeliverySender(DeliveryWorker worker) {
        this.worker = worker;
    }

    void sendSoon(Collection<UUID> contactMethods) {
        List<UUID> copy = List.copyOf(contactMethods);
        try {
            executor.execute(() -> copy.forEach(worker::sendDue));
        } catch (RejectedExecutionException full) {
            log.warn("Send queue full or stopping: {} contact methods left to the sweep", copy.size());
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
