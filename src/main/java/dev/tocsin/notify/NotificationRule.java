package dev.tocsin.notify;

import java.time.Duration;
import java.util.UUID;

/** One step of a person's notification rules: page on {@code contactMethod} {@code delay} after a level reaches them. */
public record NotificationRule(Duration delay, UUID contactMethod) {
}
