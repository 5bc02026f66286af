package dev.tocsin.incident.internal.web;

import dev.tocsin.incident.timeline.TimelineAppended;
import dev.tocsin.platform.AfterCommit;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes "this incident changed" to its open pages: one event per committed append, sent on its
 * own virtual thread so a slow browser never holds up the request that made the change. A plain
 * listener that waits for the commit itself: a transactional listener would put every push
 * through the durable event registry, which is for work that must not be lost.
 */
@Component
class IncidentStream {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    /** A server only learns that a browser left when a write fails, so it writes now and then. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(20);

    private final Map<UUID, Set<SseEmitter>> watchers = new ConcurrentHashMap<>();
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("incident-stream-heartbeat").factory());

    IncidentStream() {
        heartbeat.scheduleAtFixedRate(this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    SseEmitter watch(UUID incidentId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        // compute() keeps adding and removing atomic per incident, so a set is never dropped while joined.
        watchers.compute(incidentId, (id, set) -> {
            Set<SseEmitter> emitters = set == null ? ConcurrentHashMap.newKeySet() : set;
            emitters.add(emitter);
            return emitters;
        });
        Runnable leave = () -> watchers.computeIfPresent(incidentId, (id, set) -> {
            set.remove(emitter);
            return set.isEmpty() ? null : set;
        });
        emitter.onCompletion(leave);
        emitter.onTimeout(leave);
        emitter.onError(e -> leave.run());
        send(emitter, SseEmitter.event().comment("watching"));
        return emitter;
    }

    @EventListener
    void on(TimelineAppended appended) {
        String data = appended.kinds().stream().allMatch("note"::equals) ? "note" : "change";
        // An event builder is spent once built, so each watcher gets its own.
        Supplier<SseEmitter.SseEventBuilder> event = () -> SseEmitter.event().name("timeline")
                .id(String.valueOf(appended.lastSeq())).data(data);
        AfterCommit.run(() -> senders.execute(
                () -> watchersOf(appended.incidentId()).forEach(e -> send(e, event.get()))));
    }

    /**
     * Ends every stream when the application closes. This event comes before the web server's
     * graceful shutdown, which would otherwise wait out its whole grace period on open pages.
     */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        heartbeat.shutdownNow();
        senders.shutdownNow();
        watchers.values().forEach(emitters -> emitters.forEach(SseEmitter::complete));
        watchers.clear();
    }

    private void beat() {
        watchers.keySet().forEach(id -> watchersOf(id).forEach(e -> send(e, SseEmitter.event().comment("heartbeat"))));
    }

    private Set<SseEmitter> watchersOf(UUID incidentId) {
        Set<SseEmitter> emitters = watchers.get(incidentId);
        return emitters == null ? Set.of() : Set.copyOf(emitters);
    }

    private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            emitter.completeWithError(e);
        }
    }
}
