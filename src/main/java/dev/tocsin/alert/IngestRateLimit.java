package dev.tocsin.alert;

import dev.tocsin.platform.Problem;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per integration key: {@code requestsPerSecond} sustained, {@code burst} at once.
 * It guards the database from one runaway sender. Counted per node, so a cluster of N nodes
 * admits up to N times the rate; senders that get 429 retry after Retry-After.
 */
@Component
class IngestRateLimit {

    private final double perSecond;
    private final double burst;
    private final Clock clock;
    private final Map<UUID, Bucket> buckets = new ConcurrentHashMap<>();

    IngestRateLimit(@Value("${tocsin.ingest.rate-limit.requests-per-second:2000}") double perSecond,
            @Value("${tocsin.ingest.rate-limit.burst:10000}") double burst, Clock clock) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.clock = clock;
    }

    void admit(Integration integration) {
        long now = clock.millis();
        Bucket bucket = buckets.computeIfAbsent(integration.id(), id -> new Bucket(burst, now));
        double wait = bucket.take(now, perSecond, burst);
        if (wait > 0) {
            long seconds = (long) Math.ceil(wait);
            throw Problem.tooManyRequests("Integration '" + integration.name() + "' sent more than " + (long) perSecond
                    + " requests a second; retry in " + seconds + " s.", seconds);
        }
    }

    private static final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.refilledAt = at;
        }

        /** Takes a token and answers 0, or answers the seconds until one is there. */
        synchronized double take(long now, double perSecond, double burst) {
            tokens = Math.min(burst, tokens + Math.max(0, now - refilledAt) * perSecond / 1000.0);
            refilledAt = Math.max(refilledAt, now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (1 - tokens) / perSecond;
        }
    }
}
