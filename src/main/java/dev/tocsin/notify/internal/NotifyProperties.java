package dev.tocsin.notify.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tocsin.notify.*}: how deliveries are retried, bundled and swept, and how long an
 * acknowledge link stays valid. Defaults in docs/configuration.md.
 *
 * @param firstRetry the wait after a first failed try; it doubles after each further failure
 * @param maxRetryDelay the longest wait between two tries
 * @param maxAttempts tries before a delivery is given up and the failure written to the timeline
 * @param bundleWindow a contact method gets at most one message per window; pages due meanwhile wait
 *     for its end and go out together as one message (0 sends every page on its own at once)
 * @param sweepInterval how often one node looks for deliveries due that no wake-up covers (a crash's leftovers)
 * @param acknowledgeLinkLifetime how long the acknowledge link in a page works
 */
@ConfigurationProperties("tocsin.notify")
public record NotifyProperties(@DefaultValue("10s") Duration firstRetry, @DefaultValue("5m") Duration maxRetryDelay,
        @DefaultValue("6") int maxAttempts, @DefaultValue("30s") Duration bundleWindow,
        @DefaultValue("15s") Duration sweepInterval, @DefaultValue("24h") Duration acknowledgeLinkLifetime) {

    /** The wait after the {@code attempts}-th failed try: firstRetry, doubled each time, at most maxRetryDelay. */
    public Duration retryDelay(int attempts) {
        Duration delay = firstRetry;
        for (int i = 1; i < attempts && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }

}
