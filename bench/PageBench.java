import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alert-to-page latency: an alert posted in Alertmanager's webhook format to Tocsin, to the
 * webhook channel's request arriving at a local receiver (this program), one page at a time.
 * With an Alertmanager URL, the same alerts go through a real Alertmanager (group_wait 0s, a
 * webhook receiver pointing at the same receiver) in the same run, for the ratio.
 *
 * java bench/PageBench.java TOCSIN_URL TOKEN RECEIVER_PORT PAGES OUT LABEL [ALERTMANAGER_URL]
 */
public class PageBench {

    private static final Pattern ID = Pattern.compile("bench-page-[a-z0-9]+-[a-z]+-\\d+");
    /** Pages sent before measuring, so the JIT has compiled the path being measured (BENCH_WARM_UP). */
    private static final int WARM_UP = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARM_UP", "5000"));
    /** Alerts are named afresh on every run: a name seen before would be a repeat, which pages nobody. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    public static void main(String[] args) throws Exception {
        String tocsin = args[0];
        String token = args[1];
        int receiverPort = Integer.parseInt(args[2]);
        int pages = Integer.parseInt(args[3]);
        Path out = Path.of(args[4]);
        String label = args[5];
        String alertmanager = args.length > 6 && !args[6].isBlank() ? args[6] : null;

        Receiver receiver = Receiver.start(receiverPort);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        try {
            pageEveryoneOnTheWebhook(http, tocsin, token, "http://127.0.0.1:" + receiverPort + "/hook");
            Sender viaTocsin = id -> post(http, tocsin + "/api/v1/integrations/example-portal-bff-alertmanager-key/alertmanager",
                    null, tocsinAlert(id));
            run(receiver, viaTocsin, "tocsin-warm", WARM_UP);
            afterWarmUp();
            Figures tocsinFigures = run(receiver, viaTocsin, "tocsin", pages);

            Figures alertmanagerFigures = null;
            if (alertmanager != null) {
                Sender viaAlertmanager = id -> post(http, alertmanager + "/api/v2/alerts", null, alertmanagerAlert(id));
                // Alertmanager is compiled ahead of time: a short warm-up fills its connection pool.
                run(receiver, viaAlertmanager, "am-warm-" + label, 200);
                // Alertmanager keeps its groups across runs: each run names its alerts afresh.
                alertmanagerFigures = run(receiver, viaAlertmanager, "am-" + label, pages);
            }
            String json = """
                    {"label": "%s", "pages": %d, "tocsin": %s, "alertmanager": %s, "p99Ratio": %s, \
                    "target": "Tocsin p99 < 20 ms, committed before it answers"}
                    """.formatted(label, pages, tocsinFigures.json(),
                    alertmanagerFigures == null ? "null" : alertmanagerFigures.json(),
                    alertmanagerFigures == null ? "null"
                            : String.format(Locale.ROOT, "%.2f", tocsinFigures.p99() / alertmanagerFigures.p99()));
            Files.writeString(out, json);
            System.out.print(json);
        } finally {
            receiver.stop();
        }
    }

    /** Runs BENCH_AFTER_WARM_UP (a shell command) if set: pages.sh vacuums PostgreSQL there. */
    private static void afterWarmUp() throws IOException, InterruptedException {
        String command = System.getenv("BENCH_AFTER_WARM_UP");
        if (command != null && !command.isBlank()) {
            int exit = new ProcessBuilder("bash", "-c", command).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("BENCH_AFTER_WARM_UP exited " + exit + ": " + command);
            }
        }
    }

    /** Every Customer Portal person gets a webhook contact method: whoever is on call is paged on it. */
    private static void pageEveryoneOnTheWebhook(HttpClient http, String tocsin, String token, String hook)
            throws Exception {
        String users = get(http, tocsin + "/api/v1/users", token);
        Matcher user = Pattern.compile("\\{\"username\":\"([^\"]+)\",[^{}]*\"organization\":\"customer-portal\"")
                .matcher(users);
        int added = 0;
        while (user.find()) {
            int status = post(http, tocsin + "/api/v1/users/" + user.group(1) + "/contact-methods", token,
                    "{\"type\":\"webhook\",\"address\":\"" + hook + "\",\"label\":\"bench receiver\"}");
            if (status / 100 != 2 && status != 409) {  // 409: added by an earlier run on this server
                throw new IllegalStateException("adding a webhook contact method for " + user.group(1) + ": " + status);
            }
            added++;
        }
        if (added == 0) {
            throw new IllegalStateException("no Customer Portal users in " + users);
        }
    }

    /** Sends {@code count} alerts, one at a time, each waiting for its page. */
    private static Figures run(Receiver receiver, Sender sender, String phase, int count) throws Exception {
        long[] pageMicros = new long[count];
        long[] answerMicros = new long[count];
        int lost = 0;
        for (int i = 0; i < count; i++) {
            String id = "bench-page-" + RUN + "-" + phase.replaceAll("[^a-z]", "") + "-" + i;
            CompletableFuture<Long> arrival = receiver.expect(id);
            long start = System.nanoTime();
            int status = sender.send(id);
            answerMicros[i] = (System.nanoTime() - start) / 1_000;
            if (status / 100 != 2) {
                throw new IllegalStateException(phase + " alert " + id + " answered " + status);
            }
            try {
                pageMicros[i] = (arrival.get(10, TimeUnit.SECONDS) - start) / 1_000;
            } catch (java.util.concurrent.TimeoutException e) {
                lost++;
                pageMicros[i] = Long.MAX_VALUE;
            }
        }
        Figures figures = new Figures(count, lost, pageMicros, answerMicros);
        System.err.println(phase + ": " + figures.json());
        return figures;
    }

    private static String tocsinAlert(String id) {
        return """
                {"version":"4","status":"firing","receiver":"tocsin","groupLabels":{"alertname":"%1$s"},
                 "alerts":[{"status":"firing","fingerprint":"%1$s","startsAt":"%2$s",
                   "labels":{"alertname":"%1$s","severity":"critical"},"annotations":{"summary":"%1$s"}}]}"""
                .formatted(id, Instant.now());
    }

    private static String alertmanagerAlert(String id) {
        return """
                [{"labels":{"alertname":"%1$s","severity":"critical"},"annotations":{"summary":"%1$s"},
                  "startsAt":"%2$s"}]""".formatted(id, Instant.now());
    }

    private static int post(HttpClient http, String url, String token, String json) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String get(HttpClient http, String url, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @FunctionalInterface
    interface Sender {
        int send(String id) throws IOException;
    }

    /** Latencies in microseconds; a lost page counts as never arriving. */
    record Figures(int count, int lost, long[] pageMicros, long[] answerMicros) {

        double p99() {
            return percentile(sorted(pageMicros), 0.99) / 1000.0;
        }

        String json() {
            long[] pages = sorted(pageMicros);
            long[] answers = sorted(answerMicros);
            return String.format(Locale.ROOT, "{\"pages\": %d, \"lost\": %d, \"pageMs\": {\"p50\": %.2f, \"p90\": %.2f, "
                    + "\"p99\": %.2f, \"max\": %.2f}, \"senderAnswerMs\": {\"p50\": %.2f, \"p99\": %.2f}}",
                    count, lost, ms(percentile(pages, 0.5)), ms(percentile(pages, 0.9)), ms(percentile(pages, 0.99)),
                    ms(pages[pages.length - 1]), ms(percentile(answers, 0.5)), ms(percentile(answers, 0.99)));
        }

        private static double ms(long micros) {
            return micros == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : micros / 1000.0;
        }

        private static long[] sorted(long[] values) {
            long[] copy = values.clone();
            Arrays.sort(copy);
            return copy;
        }

        private static long percentile(long[] sorted, double p) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
        }
    }

    /** The local webhook receiver both Tocsin and Alertmanager page: notes when each id arrives. */
    static final class Receiver {
        private final HttpServer server;
        private final Map<String, CompletableFuture<Long>> expected = new ConcurrentHashMap<>();

        private Receiver(HttpServer server) {
            this.server = server;
        }

        static Receiver start(int port) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
            Receiver receiver = new Receiver(server);
            server.createContext("/hook", exchange -> {
                long arrived = System.nanoTime();
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
                Matcher id = ID.matcher(body);
                while (id.find()) {
                    CompletableFuture<Long> waiting = receiver.expected.remove(id.group());
                    if (waiting != null) {
                        waiting.complete(arrived);
                    }
                }
            });
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return receiver;
        }

        CompletableFuture<Long> expect(String id) {
            return expected.computeIfAbsent(id, key -> new CompletableFuture<>());
        }

        void stop() {
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        }
    }
}
