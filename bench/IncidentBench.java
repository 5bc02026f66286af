import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load for the incident API of a running Tocsin: each operation declares a P2, acknowledges
 * it, adds a note and verifies its timeline, from a fixed number of concurrent clients.
 * Writes latency percentiles per call and throughput as JSON. JDK only:
 * java IncidentBench.java BASE_URL TOKEN OPERATIONS CONCURRENCY OUT.json LABEL
 */
public class IncidentBench {

    private static final Pattern NUMBER = Pattern.compile("\"number\":\"(INC-\\d+)\"");
    private static final String[] SERVICES = {"portal-bff", "portal-redis", "whmcs", "crm-backend", "crm-events"};

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int operations = Integer.parseInt(args[2]);
        int concurrency = Integer.parseInt(args[3]);
        Path out = Path.of(args[4]);
        String label = args[5];
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        for (int i = 0; i < Math.min(200, operations / 5); i++) {  // warm-up, not measured
            operation(http, base, token, i, null);
        }
        Samples samples = new Samples();
        Semaphore slots = new Semaphore(concurrency);
        long start = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < operations; i++) {
                slots.acquire();
                int n = i;
                pool.execute(() -> {
                    try {
                        operation(http, base, token, n, samples);
                    } catch (Exception e) {
                        samples.errors.add(e.toString());
                    } finally {
                        slots.release();
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        String json = String.format(Locale.ROOT, """
                {"label": "%s", "operations": %d, "concurrency": %d, "seconds": %.2f,
                 "operationsPerSecond": %.1f, "requestsPerSecond": %.1f, "errors": %d,
                 "latencyMs": {"declare": %s, "acknowledge": %s, "note": %s, "verify": %s}}
                """, label, operations, concurrency, seconds, operations / seconds, 4 * operations / seconds,
                samples.errors.size(), percentiles(samples.declare), percentiles(samples.acknowledge),
                percentiles(samples.note), percentiles(samples.verify));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, json);
        System.out.print(json);
        if (!samples.errors.isEmpty()) {
            System.err.println("first error: " + samples.errors.peek());
            System.exit(1);
        }
    }

    private static void operation(HttpClient http, String base, String token, int n, Samples samples) throws Exception {
        String service = SERVICES[n % SERVICES.length];
        String declared = call(http, "POST", base + "/api/v1/incidents", token, """
                {"title": "Bench incident %d", "severity": "P2", "services": ["%s"], "detectionSource": "alert"}"""
                .formatted(n, service), 201, samples == null ? null : samples.declare);
        Matcher number = NUMBER.matcher(declared);
        if (!number.find()) {
            throw new IllegalStateException("no number in " + declared);
        }
        String incident = base + "/api/v1/incidents/" + number.group(1);
        call(http, "PATCH", incident, token, "{\"status\": \"acknowledged\"}", 200,
                samples == null ? null : samples.acknowledge);
        call(http, "POST", incident + "/notes", token, "{\"text\": \"redis-cli ping: PONG\"}", 201,
                samples == null ? null : samples.note);
        String verify = call(http, "GET", incident + "/timeline/verify", token, null, 200,
                samples == null ? null : samples.verify);
        if (!verify.startsWith("{\"valid\":true")) {
            throw new IllegalStateException("verify said " + verify);
        }
    }

    private static String call(HttpClient http, String method, String url, String token, String body, int expected,
            ConcurrentLinkedQueue<Long> into) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        long micros = (System.nanoTime() - start) / 1_000;
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        if (into != null) {
            into.add(micros);
        }
        return response.body();
    }

    private static String percentiles(ConcurrentLinkedQueue<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "null";
        }
        return String.format(Locale.ROOT, "{\"p50\": %.2f, \"p90\": %.2f, \"p99\": %.2f, \"max\": %.2f}",
                at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted.getLast() / 1000.0);
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1)) / 1000.0;
    }

    private static final class Samples {
        final ConcurrentLinkedQueue<Long> declare = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> acknowledge = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> note = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> verify = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    }
}
