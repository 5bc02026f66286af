package dev.tocsin.platform;

/**
 * A listener that runs after the commit failed for a reason that passes (Slack answered 503): its
 * event stays incomplete and is delivered again ({@link EventResubmission}). Logged as one warning
 * line, not as an error with a stack trace: during an outage it comes back every resubmission.
 */
public class TryAgainLater extends RuntimeException {

    public TryAgainLater(String message) {
        super(message);
    }
}
