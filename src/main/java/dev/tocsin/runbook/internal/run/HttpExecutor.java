package dev.tocsin.runbook.internal.run;

import dev.tocsin.runbook.Step;
import dev.tocsin.runbook.internal.run.StepResult.Status;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs HTTP steps (a runbook's {@code curl} lines). Variables such as {@code $BFF_URL} come from
 * the server's environment, as they would in the responder's shell; the {@code jq} filter after
 * the command is what the answer must hold, like {@code jq -e}.
 */
@Component
public class HttpExecutor implements StepExecutor, DisposableBean {

    private static final Pattern VARIABLE =
            Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    /** Headers the JDK client sets itself and refuses from callers; curl lines sometimes carry them. */
    private static final Set<String> CLIENT_HEADERS =
            Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final Redactor redactor;
    private final JsonMapper json;
    private final Function<String, String> environment;
    // HTTP/1.1 like curl on http:// URLs: an h2c upgrade attempt confuses some health endpoints.
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Autowired
    public HttpExecutor(Redactor redactor, JsonMapper json) {
        this(redactor, json, System::getenv);
    }

    public HttpExecutor(Redactor redactor, JsonMapper json, Function<String, String> environment) {
        this.redactor = redactor;
        this.json = json;
        this.environment = environment;
    }

    @Override
    public String type() {
        return "http";
    }

    @Override
    public StepResult run(Step step, boolean writable) {
        if (!(step instanceof Step.Http http)) {
            throw new IllegalArgumentException("the http executor runs http steps, not " + step.type());
        }
        long start = System.nanoTime();
        Duration timeout = step.basics().timeout();
        Outcome outcome;
        try {
            outcome = execute(http, timeout);
        } catch (Unresolved e) {
            outcome = new Outcome(Status.FAILED, e.getMessage());
        }
        OutputCap output = OutputCap.of(redactor.redact(outcome.text()));
        return new StepResult(outcome.status(), outcome.status() == Status.SUCCEEDED ? 0 : 1, output.text(),
                output.truncated(), Duration.ofNanos(System.nanoTime() - start));
    }

    private record Outcome(Status status, String text) {
    }

    private Outcome execute(Step.Http step, Duration timeout) {
        Optional<JqPath> expectation = Optional.empty();
        if (step.jqFilter().isPresent()) {
            expectation = JqPath.parse(step.jqFilter().get());
            if (expectation.isEmpty()) {
                return new Outcome(Status.FAILED, "Tocsin checks an answer with simple jq paths only (.  .a.b  .a[0]  "
                        + ".[\"key\"]); '" + step.jqFilter().get() + "' is not one. Write the path to the value the "
                        + "answer must have, or make the step a shell step to run jq itself.");
            }
        }
        String url = resolve(step.url(), "the URL");
        if (!url.contains("://")) {
            url = "http://" + url; // curl's default for a bare host:port/path
        }
        HttpRequest request;
        try {
            request = request(step, url, timeout);
        } catch (IllegalArgumentException e) {
            return new Outcome(Status.FAILED, url + " is not a URL Tocsin can request: " + e.getMessage());
        }
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            return new Outcome(Status.TIMED_OUT, "no answer from " + url + " within " + OutputCap.describe(timeout)
                    + "\n" + OutputCap.timedOut(timeout));
        } catch (ConnectException e) {
            return new Outcome(Status.FAILED, "could not connect to " + url + ": " + connectProblem(e));
        } catch (IOException e) {
            return new Outcome(Status.FAILED, "could not get an answer from " + url + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Status.FAILED, "interrupted while waiting for " + url);
        }
        String status = "HTTP " + response.statusCode();
        boolean ok = response.statusCode() / 100 == 2;
        if (!ok || expectation.isEmpty()) {
            return new Outcome(ok ? Status.SUCCEEDED : Status.FAILED, status + "\n" + response.body());
        }
        return check(expectation.get(), status, response.body());
    }

    private HttpRequest request(Step.Http step, String url, Duration timeout) {
        String method = step.method() == null ? "GET" : step.method().toUpperCase(Locale.ROOT);
        Optional<String> body = step.body().map(b -> resolve(b, "the body"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .method(method, body.map(HttpRequest.BodyPublishers::ofString)
                        .orElseGet(HttpRequest.BodyPublishers::noBody));
        Map<String, String> headers = step.headers() == null ? Map.of() : step.headers();
        headers.forEach((name, value) -> {
            if (!CLIENT_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                request.header(name, resolve(value, "the header " + name));
            }
        });
        boolean typed = headers.keySet().stream().anyMatch(n -> n.equalsIgnoreCase("Content-Type"));
        if (body.isPresent() && !typed) {
            request.header("Content-Type", "application/x-www-form-urlencoded"); // what curl -d sends
        }
        return request.build();
    }

    private Outcome check(JqPath path, String status, String body) {
        JsonNode answer;
        try {
            answer = json.readTree(body);
        } catch (JacksonException e) {
            return new Outcome(Status.FAILED, status + "\nthe answer is not JSON, so " + path.text()
                    + " cannot be checked: " + e.getOriginalMessage() + "\n" + body);
        }
        JsonNode value = path.select(answer);
        if (value == null || value.isMissingNode() || value.isNull()) {
            return new Outcome(Status.FAILED, status + "\nthe answer has no " + path.text() + "\n" + body);
        }
        if (value.isBoolean() && !value.booleanValue()) {
            return new Outcome(Status.FAILED, status + "\nthe answer's " + path.text() + " is false\n" + body);
        }
        return new Outcome(Status.SUCCEEDED,
                status + "\n" + json.writerWithDefaultPrettyPrinter().writeValueAsString(value));
    }

    /** Replaces $VAR, ${VAR} and ${VAR:-default} from the environment, or says which one is missing. */
    private String resolve(String text, String where) {
        if (text == null) {
            return null;
        }
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(3);
            if (WithheldVariables.withheld(name)) {
                throw new Unresolved(where + " names $" + name + ", which Tocsin does not hand to runbook steps: "
                        + WithheldVariables.WHY + ". Put the value in the runbook, or give it a name without those "
                        + "words.");
            }
            String value = environment.apply(name);
            if ((value == null || value.isEmpty()) && m.group(2) != null) {
                value = m.group(2);
            }
            if (value == null || value.isEmpty()) {
                throw new Unresolved(where + " names $" + name + ", which is not set in the server's environment");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final class Unresolved extends RuntimeException {
        Unresolved(String message) {
            super(message, null, false, false);
        }
    }

    /** The JDK wraps the reason (often with no message of its own); curl's words for it. */
    private static String connectProblem(ConnectException e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnresolvedAddressException) {
                return "unknown host";
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message == null || message.toLowerCase(Locale.ROOT).contains("refused") ? "connection refused" : message;
    }

    @Override
    public void destroy() {
        client.close();
    }
}
