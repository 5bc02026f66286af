package dev.tocsin.platform;

import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Thrown while reading a body that grows past the limit, so it is never half-processed. */
class RequestTooLarge extends IOException {

    private final long limit;

    RequestTooLarge(long limit) {
        super("Request body exceeds " + limit + " bytes");
        this.limit = limit;
    }

    ProblemDetail problem() {
        return ProblemTypes.problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request body too large",
                "The request body is larger than " + limit + " bytes. Send a smaller body.");
    }
}
