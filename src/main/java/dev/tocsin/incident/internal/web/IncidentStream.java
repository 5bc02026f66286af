package dev.tocsin.incident.internal.web;

import dev.tocsin.incident.timeline.TimelineEntryAppended;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes "a new timeline entry exists" to open incident pages. A plain listener that waits
 * for the commit itself: a transactional listener would put every push through the durable
 * event registry, which is for work that must not be lost, not for screen refreshes.
 */
@Component
class IncidentStream {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    /** A server only learns that a browser left when a write fails, so it writes now and then. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(20);

    private final Map<UUID, Set<SseEmitter>> watchers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("incident-stream-heartbeat").factory());

    IncidentStream() {
        heartbeat.scheduleAtFixedRate(this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * Ends every stream when the application closes. This event comes before the web server's
     * graceful shutdown, which would otherwise wait out its whole grace period on open pages.
     */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        heartbeat.shutdownNow();
        watchers.values().forEach(emitters -> emitters.forEach(SseEmitter::complete));
        watchers.clear();
    }

    private void beat() {
        watchers.values().forEach(emitters -> emitters.forEach(e -> send(e, SseEmitter.event().comment("heartbeat"))));
        watchers.values().removeIf(Set::isEmpty);
    }

    SseEmitter watch(UUID incidentId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Set<SseEmitter> emitters = watchers.computeIfAbsent(incidentId, id -> ConcurrentHashMap.newKeySet());
        emitters.add(emitter);
        Runnable remove = () -> emitters.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        send(emitter, SseEmitter.event().comment("watching"));
        return emitter;
    }

    @EventListener
    void on(TimelineEntryAppended appended) {
        Runnable push = () -> push(appended);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    push.run();
                }
            });
        } else {
            push.run();
        }
    }

    private void push(TimelineEntryAppended appended) {
        for (SseEmitter emitter : watchers.getOrDefault(appended.incidentId(), Set.of())) {
            send(emitter, SseEmitter.event().name("timeline").id(String.valueOf(appended.seq())).data(appended.kind()));
        }
    }

    private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            emitter.completeWithError(e);
        }
    }
}
