package dev.tocsin.platform;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every API error leaves as RFC 9457 problem details with a detail a person can act on. Ordered
 * first, so page-level advice never answers an API call; requests that match no controller at
 * all are answered by the web module's error controller.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandlers extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandlers.class);

    @ExceptionHandler(Problem.class)
    ResponseEntity<ProblemDetail> problem(Problem problem) {
        ProblemDetail body = ProblemTypes.problem(problem.status(), problem.type(), problem.title(), problem.getMessage());
        problem.properties().forEach(body::setProperty);
        var response = ResponseEntity.status(problem.status());
        problem.headers().forEach((name, value) -> response.header(name, value));
        return response.body(body);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        String detail = "Parameter '" + e.getName() + "' cannot be '" + e.getValue() + "'"
                + expectedValues(e.getRequiredType()) + ".";
        return ResponseEntity.badRequest()
                .body(ProblemTypes.problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", detail));
    }

    /** Includes transaction failures: a connection lost mid-transaction fails its rollback, not a query. */
    @ExceptionHandler({CannotGetJdbcConnectionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class, CannotCreateTransactionException.class,
            TransactionSystemException.class})
    ResponseEntity<ProblemDetail> databaseDown(Exception e) {
        log.warn("Database unavailable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, ProblemTypes.RETRY_AFTER_SECONDS)
                .body(ProblemTypes.databaseUnavailable());
    }

    /** A unique key or other constraint hit by a concurrent change: the caller can read and retry. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException e) {
        log.info("Constraint violation: {}", e.getMostSpecificCause().getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemTypes.problem(HttpStatus.CONFLICT, "conflict",
                "Conflicting change", "The change conflicts with data stored at the same moment (for example a name "
                        + "just taken); nothing was stored. Read the current state and retry."));
    }

    /** Spring's own problems (405, 406, 415, ...) get a type too, named after their status. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem && ProblemTypes.isUntyped(problem)) {
            problem.setType(ProblemTypes.typeFor(status));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return ResponseEntity.internalServerError()
                .body(ProblemTypes.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                        "Tocsin failed unexpectedly; nothing was stored. The server log has the details."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causeOf(e, RequestTooLarge.class) instanceof RequestTooLarge tooLarge) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge.problem());
        }
        ProblemDetail body = ProblemTypes.problem(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
                describe(e));
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        String detail = errors.stream().map(f -> f.get("field") + " " + f.get("message"))
                .reduce((a, b) -> a + "; " + b).orElse("The request is invalid") + ".";
        ProblemDetail body = ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request",
                "Invalid request", detail);
        body.setProperty("errors", errors);
        return ResponseEntity.unprocessableContent().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
                                "message", String.valueOf(error.getDefaultMessage()))))
                .toList();
        String detail = errors.stream().map(f -> "Parameter '" + f.get("field") + "' " + f.get("message"))
                .reduce((a, b) -> a + "; " + b).orElse("A parameter is invalid") + ".";
        ProblemDetail body = ProblemTypes.problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
                detail);
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(body);
    }

    private static String describe(HttpMessageNotReadableException e) {
        Throwable cause = causeOf(e, JacksonException.class);
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "'. Known fields: "
                    + unknown.getKnownPropertyIds() + ".";
        }
        if (cause instanceof InvalidFormatException invalid) {
            return "Field '" + path(invalid) + "' cannot be " + quote(invalid.getValue())
                    + expectedValues(invalid.getTargetType()) + ".";
        }
        if (cause instanceof MismatchedInputException mismatch && mismatch.getPath().isEmpty()) {
            return "The body must be a JSON object with the fields this endpoint documents.";
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return "Field '" + path(mismatch) + "' has the wrong type: expected "
                    + simpleType(mismatch.getTargetType()) + ".";
        }
        if (cause instanceof JacksonException json) {
            var location = json.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            return "The body is not valid JSON" + where + ": " + json.getOriginalMessage();
        }
        return "The request body is missing or unreadable; send a JSON object with Content-Type application/json.";
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
    }

    private static String quote(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return type == String.class ? "a string" : "a " + type.getSimpleName();
    }

    private static String expectedValues(Class<?> type) {
        if (type != null && type.isEnum()) {
            return "; use one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
        }
        return type == null ? "" : "; expected " + simpleType(type);
    }

    private static Throwable causeOf(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }
}
