package dev.tocsin.notify.http;

import java.time.Duration;
import java.util.Optional;

/** What became of one outbound request. */
public sealed interface HttpExchange {

    /**
     * The far side answered. {@code body} holds at most {@link GuardedHttpClient#BODY_CAP} bytes;
     * {@code retryAfter} is its Retry-After header when it gave one in seconds; {@code location}
     * where a redirect pointed (not followed).
     */
    record Answered(int status, String body, Optional<Duration> retryAfter, Optional<String> location)
            implements HttpExchange {

        public boolean successful() {
            return status >= 200 && status < 300;
        }
    }

    /** Not sent, because the URL or the address it resolves to is not allowed: never worth retrying. */
    record Refused(String reason) implements HttpExchange {
    }

    /** No answer: connection refused, timed out, DNS failed, TLS failed. Worth retrying. */
    record Unreachable(String reason) implements HttpExchange {
    }
}
