package dev.tocsin.platform;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A failure a caller can act on, rendered as RFC 9457 problem details. The type is a
 * short slug; the detail says what to fix; properties carry machine-readable context.
 */
public class Problem extends RuntimeException {

    /** The members RFC 9457 defines; an extension property of the same name would write a second key. */
    private static final java.util.Set<String> STANDARD_MEMBERS = java.util.Set.of("type", "title", "status", "detail",
            "instance");

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final Map<String, Object> properties;
    private final Map<String, String> headers;

    public Problem(HttpStatus status, String type, String title, String detail, Map<String, Object> properties) {
        this(status, type, title, detail, properties, Map.of());
    }

    private Problem(HttpStatus status, String type, String title, String detail, Map<String, Object> properties,
            Map<String, String> headers) {
        super(detail);
        properties.keySet().stream().filter(STANDARD_MEMBERS::contains).findAny().ifPresent(name -> {
            throw new IllegalArgumentException("Problem property '" + name + "' would shadow the RFC 9457 member");
        });
        this.status = status;
        this.type = type;
        this.title = title;
        this.properties = Map.copyOf(properties);
        this.headers = Map.copyOf(headers);
    }

    /** 429 with Retry-After: the sender should wait that long and send again. */
    public static Problem tooManyRequests(String detail, long retryAfterSeconds) {
        return new Problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests", detail,
                Map.of("retryAfterSeconds", retryAfterSeconds), Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    /** 503 with Retry-After: nothing was stored, and the same request can be sent again. */
    public static Problem unavailable(String type, String title, String detail, long retryAfterSeconds) {
        return new Problem(HttpStatus.SERVICE_UNAVAILABLE, type, title, detail,
                Map.of("retryAfterSeconds", retryAfterSeconds), Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    /** 401 with {@code WWW-Authenticate: Bearer}: the request carries no credentials the endpoint accepts. */
    public static Problem unauthenticated(String detail) {
        return new Problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required", detail, Map.of(),
                Map.of("WWW-Authenticate", "Bearer"));
    }

    public static Problem notFound(String what, String id) {
        return new Problem(HttpStatus.NOT_FOUND, "not-found", what + " not found",
                "There is no " + what.toLowerCase() + " '" + id + "'.", Map.of());
    }

    /** A well-formed request naming something that does not exist or breaks a rule (422). */
    public static Problem invalid(String field, String detail) {
        return new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request", "Invalid request", detail,
                Map.of("errors", java.util.List.of(Map.of("field", field, "message", detail))));
    }

    /** A query parameter that cannot be understood (400). */
    public static Problem badParameter(String name, String detail) {
        return new Problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
                "Parameter '" + name + "' " + detail, Map.of());
    }

    public static Problem conflict(String type, String title, String detail, Map<String, Object> properties) {
        return new Problem(HttpStatus.CONFLICT, type, title, detail, properties);
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** Response headers the problem needs, e.g. Retry-After. */
    public Map<String, String> headers() {
        return headers;
    }
}
