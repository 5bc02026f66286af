package dev.tocsin.notify;

import java.util.UUID;

/** One way a person can be paged: an email address, a Slack webhook, a phone number. {@code label} is optional. */
public record ContactMethod(UUID id, String username, ContactMethodType type, String address, String label) {
}
