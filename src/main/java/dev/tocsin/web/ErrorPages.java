package dev.tocsin.web;

import dev.tocsin.platform.Problem;
import dev.tocsin.platform.ProblemTypes;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container's error dispatch shows: requests no controller took (unknown
 * route, wrong method) and failures outside Spring MVC. Browsers get the error page; everyone
 * else gets problem details, replacing Boot's own {timestamp, error, path} JSON.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

    private final ErrorAttributes errors;

    ErrorPages(ErrorAttributes errors) {
        this.errors = errors;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        HttpStatus status = status(request);
        return new ModelAndView("error", Map.of("status", status.value(), "title", status.getReasonPhrase(),
                "detail", detail(request, status)), status);
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail(request, status));
        body.setType(ProblemTypes.typeFor(status));
        body.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private String detail(HttpServletRequest request, HttpStatus status) {
        if (errors.getError(new ServletWebRequest(request)) instanceof Problem problem) {
            return problem.getMessage();
        }
        String target = request.getMethod() + " " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return switch (status) {
            case NOT_FOUND -> "Nothing answers " + target + "; the API is described at /v3/api-docs.";
            case METHOD_NOT_ALLOWED -> target + " is not supported; the Allow header lists what is.";
            case INTERNAL_SERVER_ERROR -> "Tocsin failed unexpectedly on " + target + "; the server log has the details.";
            default -> status.getReasonPhrase() + ": " + target + ".";
        };
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
