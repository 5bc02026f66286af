package dev.tocsin.notify.spi;

/** What became of one send. */
public sealed interface SendOutcome {

    /** Accepted by the far side; {@code reference} is its id for the message (Slack ts, Twilio SID), or null. */
    record Delivered(String reference) implements SendOutcome {
    }

    /**
     * Not delivered. {@code permanent} when trying again cannot help (a 4xx other than 408/429,
     * an address refused by the SSRF guard): delivery then gives up at once instead of retrying.
     */
    record Failed(String reason, boolean permanent) implements SendOutcome {
    }
}
