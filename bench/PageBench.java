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
    /** A fixed number of pages sent before measuring (BENCH_WARM_UP); unset, the warm-up lasts until the JIT is done. */
    private static final String FIXED_WARM_UP = System.getenv("BENCH_WARM_UP");
    private static final int WARM_UP_ROUND = 1_000;
    private static final int WARM_UP_MIN = 5_000;
    private static final int WARM_UP_MAX = 60_000;
    /** Alerts are named afresh on every run: a name seen before would be a repeat, which pages nobody. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    /** Numbers every alert of the run: warm-up rounds share a phase name. */
    private static long alerts;

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
            JitClock jit = JitClock.of(System.getenv("BENCH_SERVER_PID"));
            int warmUp = warmUp(receiver, viaTocsin, jit);
            afterRound();
            long jitBefore = jit.cpuMillis();
            Figures tocsinFigures = run(receiver, viaTocsin, "tocsin", pages);
            long jitDuring = jit.cpuMillis() - jitBefore;

            Figures alertmanagerFigures = null;
            if (alertmanager != null) {
                Sender viaAlertmanager = id -> post(http, alertmanager + "/api/v2/alerts", null, alertmanagerAlert(id));
                // Alertmanager is compiled ahead of time: a short warm-up fills its connection pool.
                run(receiver, viaAlertmanager, "am-warm-" + label, 200);
                // Alertmanager keeps its groups across runs: each run names its alerts afresh.
                alertmanagerFigures = run(receiver, viaAlertmanager, "am-" + label, pages);
            }
            String json = """
                    {"label": "%s", "pages": %d, "warmUpPages": %d, "jitCpuMsWhileMeasuring": %s, \
                    "tocsin": %s, "alertmanager": %s, "p99Ratio": %s, \
                    "target": "Tocsin p99 < 20 ms, committed before it answers"}
                    """.formatted(label, pages, warmUp, jit.known() ? Long.toString(jitDuring) : "null",
                    tocsinFigures.json(),
                    alertmanagerFigures == null ? "null" : alertmanagerFigures.json(),
                    alertmanagerFigures == null ? "null"
                            : String.format(Locale.ROOT, "%.2f", tocsinFigures.p99() / alertmanagerFigures.p99()));
            Files.writeString(out, json);
            System.out.print(json);
        } finally {
            receiver.stop();
        }
    }

    /**
     * Pages sent before measuring, so that what is measured is the server as it runs for days, not
     * its JIT at work: a path taken once per page reaches C2 only after thousands of pages, and on
     * two cores each of those compilations (100-700 ms of CPU) competes with the pages. With the
     * server's pid the warm-up goes on, a round at a time, until a round in which the compiler
     * threads used under 1% of the time (at least 5,000 pages; at most 60,000); BENCH_WARM_UP
     * fixes the number instead.
     */
    private static int warmUp(Receiver receiver, Sender viaTocsin, JitClock jit) throws Exception {
        if (FIXED_WARM_UP != null || !jit.known()) {
            int pages = FIXED_WARM_UP == null ? WARM_UP_MIN : Integer.parseInt(FIXED_WARM_UP);
            run(receiver, viaTocsin, "tocsin-warm", pages);
            return pages;
        }
        int sent = 0;
        while (sent < WARM_UP_MAX) {
            long jitBefore = jit.cpuMillis();
            long started = System.nanoTime();
            run(receiver, viaTocsin, "tocsin-warm-" + (sent / WARM_UP_ROUND), WARM_UP_ROUND);
            afterRound();
            sent += WARM_UP_ROUND;
            long jitMillis = jit.cpuMillis() - jitBefore;
            long roundMillis = (System.nanoTime() - started) / 1_000_000;
            System.err.println("warm-up: " + sent + " pages, the JIT used " + jitMillis + " ms of CPU in the last "
                    + roundMillis + " ms");
            if (sent >= WARM_UP_MIN && jitMillis * 100 < roundMillis) {
                break;
            }
        }
        return sent;
    }

    /**
     * Runs BENCH_AFTER_ROUND (a shell command) if set, after each warm-up round and before
     * measuring: pages.sh vacuums a PostgreSQL that does not vacuum itself there.
     */
    private static void afterRound() throws IOException, InterruptedException {
        String command = System.getenv("BENCH_AFTER_ROUND");
        if (command != null && !command.isBlank()) {
            int exit = new ProcessBuilder("bash", "-c", command).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("BENCH_AFTER_ROUND exited " + exit + ": " + command);
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
            String id = "bench-page-" + RUN + "-" + phase.replaceAll("[^a-z]", "") + "-" + alerts++;
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

    /** CPU time of a local server's JIT compiler threads, from /proc (Linux); unknown without a pid. */
    record JitClock(Path tasks) {

        static JitClock of(String pid) {
            Path tasks = pid == null || pid.isBlank() ? null : Path.of("/proc", pid.strip(), "task");
            return new JitClock(tasks != null && Files.isDirectory(tasks) ? tasks : null);
        }

        boolean known() {
            return tasks != null;
        }

        /** utime + stime of the threads named "C1/C2 CompilerThread...", in milliseconds (10 ms ticks). */
        long cpuMillis() throws IOException {
            if (tasks == null) {
                return 0;
            }
            long ticks = 0;
            try (var threads = Files.list(tasks)) {
                for (Path thread : threads.toList()) {
                    try {
                        if (Files.readString(thread.resolve("comm")).contains("CompilerThre")) {
                            String stat = Files.readString(thread.resolve("stat"));
                            // Fields after the parenthesised name: state is 3rd, utime 14th, stime 15th.
                            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                        }
                    } catch (IOException | RuntimeException gone) {
                        // A compiler thread that ended meanwhile (the JVM starts and stops them as needed).
                    }
                }
            }
            return ticks * 10;
        }
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
