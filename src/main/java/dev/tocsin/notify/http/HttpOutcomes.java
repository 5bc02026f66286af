package dev.tocsin.notify.http;

import dev.tocsin.notify.http.HttpExchange.Answered;
import dev.tocsin.notify.http.HttpExchange.Refused;
import dev.tocsin.notify.http.HttpExchange.Unreachable;
import dev.tocsin.notify.spi.SendOutcome;
import dev.tocsin.notify.spi.SendOutcome.Failed;
import java.util.function.Function;

/**
 * How an HTTP answer becomes a delivery outcome, the same for every channel: a 2xx is the channel's
 * to read; 408, 429, 5xx and no answer at all are worth another try; a redirect, any other 4xx
 * and a refused address are not, because the same request will get the same answer.
 */
public final class HttpOutcomes {

    private HttpOutcomes() {
    }

    public static SendOutcome of(HttpExchange exchange, Function<Answered, SendOutcome> onSuccess) {
        return switch (exchange) {
            case Answered answered when answered.successful() -> onSuccess.apply(answered);
            default -> failure(exchange);
        };
    }

    /** Why an exchange that was not a 2xx failed; for callers that read a 2xx themselves. */
    public static Failed failure(HttpExchange exchange) {
        return switch (exchange) {
            case Answered answered when answered.successful() ->
                    throw new IllegalArgumentException("HTTP " + answered.status() + " is no failure");
            case Answered answered -> failed(answered);
            case Refused refused -> new Failed(refused.reason(), true);
            case Unreachable unreachable -> new Failed(unreachable.reason(), false);
        };
    }

    /** A non-2xx answer as a failure, retryable or not by its status. */
    private static Failed failed(Answered answered) {
        int status = answered.status();
        if (status >= 300 && status < 400) {
            return new Failed("HTTP " + status + ": redirected to " + answered.location().orElse("(no Location)")
                    + "; redirects are not followed, set the final URL", true);
        }
        boolean retryable = status == 408 || status == 429 || status >= 500;
        String retry = answered.retryAfter().map(after -> "; retry after " + after.toSeconds() + " s").orElse("");
        return new Failed("HTTP " + status + snippet(answered.body()) + retry, !retryable);
    }

    private static String snippet(String body) {
        String oneLine = body.strip().replaceAll("\\s+", " ");
        if (oneLine.isEmpty()) {
            return "";
        }
        return ": " + (oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine);
    }
}
