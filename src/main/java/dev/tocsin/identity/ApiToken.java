package dev.tocsin.identity;

import java.time.Instant;
import java.util.UUID;

/** An API token as listed: everything but its secret, which is never stored. */
public record ApiToken(UUID id, String name, Role role, Instant createdAt, String createdBy) {
}
