package dev.tocsin.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A system that promised to ping every {@code interval}; overdue once {@code dueAt} passed unpinged. */
public record Heartbeat(UUID id, String name, String service, UUID integrationId, Duration interval, boolean overdue,
        Instant dueAt, Instant lastPingAt, Instant createdAt, String createdBy) {
}
