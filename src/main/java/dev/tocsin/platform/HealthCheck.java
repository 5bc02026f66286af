package dev.tocsin.platform;

/**
 * One line of {@code GET /health}. Modules contribute checks (database, scheduler, channels,
 * runners) as beans; any check that is down makes the whole answer 503.
 */
public interface HealthCheck {

    /** The key under {@code checks}, e.g. {@code database}. */
    String name();

    CheckResult check();
}
