import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Alert ingestion load for a running Tocsin through the Alertmanager webhook: sustained
 * throughput from concurrent senders with a dedup mix, one alert per request and then as
 * Alertmanager groups them (about ten a notification), open-loop latency at a fixed rate, and a
 * storm of one group that must leave exactly one incident. Writes the figures
 * as JSON and exits 1 on any error or a failed storm check. A phase ends early once a request
 * times out, so a server that stops answering costs seconds, not the phases' full limits. JDK only:
 * java AlertBench.java BASE_URL TOKEN SECONDS SENDERS OUT.json LABEL SERVER_PID [GROUP_WINDOW]
 */
public class AlertBench {

    private static final String[] SERVICES = {"portal-bff", "portal-redis", "crm-backend", "crm-worker"};
    private static final String STORM_SERVICE = "social-publishing";
    private static final String[] ALERT_NAMES = {"HighLatency", "ErrorRate", "DiskFull", "InstanceDown", "QueueBacklog"};
    /** Long enough for the server's JIT to finish on two shared cores (C2 took half a core for 40 s). */
    private static final int WARM_UP_SECONDS = 45;
    private static final int GROUP_DRAWS = 40;
    private static final int PACED_RATE = 1_000;
    private static final int PACED_SECONDS = 15;
    private static final int PACED_MAX_IN_FLIGHT = 200;
    private static final int STORM_ALERTS = 100_000;
    private static final int STORM_FINGERPRINTS = 10_000;
    private static final Duration STORM_LIMIT = Duration.ofMinutes(10);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int RETRIES_AFTER_429 = 5;
    private static final Pattern RESULT = Pattern.compile("\"outcome\":\"(\\w+)\"(?:,\"incident\":\"(INC-\\d+)\")?");
    private static final Pattern KEY = Pattern.compile("\"key\":\"([^\"]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    // HTTP/1.1: the JDK client would otherwise offer an h2c upgrade that Tomcat ignores.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;
    private final long serverPid;
    private final Http1 senders;

    private AlertBench(String base, String token, long serverPid) {
        this.base = base;
        this.token = token;
        this.serverPid = serverPid;
        URI uri = URI.create(base);
        this.senders = new Http1(uri.getHost(), uri.getPort());
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(args[2]);
        int senders = Integer.parseInt(args[3]);
        Path out = Path.of(args[4]);
        String label = args[5];
        String groupWindow = args.length > 7 && !args[7].isBlank() ? args[7] : null;
        AlertBench bench = new AlertBench(args[0], args[1], Long.parseLong(args[6]));

        String[] keys = new String[SERVICES.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = bench.integration(SERVICES[i], groupWindow);
        }
        Mix mix = new Mix(keys);
        String stormKey = bench.integration(STORM_SERVICE, groupWindow);
        Phase warmUp = bench.warmUp(mix, senders, WARM_UP_SECONDS);
        Phase throughput = bench.closedLoop(mix, senders, seconds);
        Phase grouped = bench.grouped(mix, senders, seconds);
        // The paced shape (one request at a time, more connections) makes the JIT compile again
        // for half a minute on two cores; a first paced run, not measured, lets it finish.
        Phase pacedWarmUp = bench.paced(mix);
        Phase paced = bench.paced(mix);
        Set<String> stormIncidents = ConcurrentHashMap.newKeySet();
        Phase storm = bench.storm(stormKey, senders, stormIncidents);
        StormCheck check = new StormCheck(stormIncidents.size(), bench.openIncidents(STORM_SERVICE),
                storm.count(storm.outcomes, "opened"), storm.accepted.sum());

        String json = String.format(java.util.Locale.ROOT, """
                {"label": "%s", "senders": %d, "groupWindow": %s,
                 "warmUp": %s,
                 "throughput": %s,
                 "grouped": %s,
                 "paced": %s,
                 "storm": %s,
                 "targets": {"alertsPerSecond5000": %b, "groupedAlertsPerSecond5000": %b, "pacedP99Under25ms": %b,
                             "stormOneIncident": %b}}
                """, label, senders, groupWindow == null ? "null" : "\"" + groupWindow + "\"", warmUp.json(""),
                throughput.json(""), grouped.json(groupedExtra(grouped)), paced.json(pacedExtra(paced)),
                storm.json(check.json()), throughput.perSecond() >= 5_000, grouped.perSecond() >= 5_000,
                paced.latency.quantileMs(0.99) < 25, check.ok());
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, json);
        printSummary(label, throughput, grouped, paced, storm, check);
        System.exit(report(check, warmUp, throughput, grouped, pacedWarmUp, paced, storm) ? 0 : 1);
    }

    // ---- phases

    /** Fires every alert of the pool once, then runs the mix unmeasured so the JIT and pools settle. */
    private Phase warmUp(Mix mix, int senders, int seconds) {
        Phase phase = new Phase("warm-up", serverPid);
        concurrently(senders, Mix.POOL, Duration.ofMinutes(5), phase,
                i -> exchange(mix, mix.fresh(), phase, System.nanoTime()));
        closedLoop(mix, senders, seconds, phase);
        return phase.stop();
    }

    private Phase closedLoop(Mix mix, int senders, int seconds) {
        Phase phase = new Phase("throughput", serverPid);
        closedLoop(mix, senders, seconds, phase);
        return phase.stop();
    }

    /**
     * Alertmanager's own way: a notification carries every alert of its group, most of them
     * repeats. Each sender draws GROUP_DRAWS alerts of the mix and posts them as one notification
     * per integration (about GROUP_DRAWS / 4 alerts each), then draws again.
     */
    private Phase grouped(Mix mix, int senders, int seconds) {
        Phase phase = new Phase("grouped", serverPid);
        concurrently(senders, Integer.MAX_VALUE, Duration.ofSeconds(seconds), phase, i -> {
            Map<String, List<Post>> byKey = new java.util.LinkedHashMap<>();
            for (int draw = 0; draw < GROUP_DRAWS; draw++) {
                Post post = mix.next();
                byKey.computeIfAbsent(post.key(), k -> new java.util.ArrayList<>()).add(post);
            }
            byKey.forEach((key, posts) -> exchangeGroup(mix, key, posts, phase));
        });
        return phase.stop();
    }

    /** Each sender posts its next alert as soon as the last one is answered. */
    private void closedLoop(Mix mix, int senders, int seconds, Phase phase) {
        concurrently(senders, Integer.MAX_VALUE, Duration.ofSeconds(seconds), phase,
                i -> exchange(mix, mix.next(), phase, System.nanoTime()));
    }

    /**
     * Open loop: alert i is due at start + i/rate whatever the answers before it, and its latency
     * counts from that planned time, so a slow server cannot hide its queue (coordinated omission).
     * At most PACED_MAX_IN_FLIGHT wait for answers: an unbounded backlog would only measure how a
     * server dies of too many open requests, and a send that waits for a slot still counts from its plan.
     */
    private Phase paced(Mix mix) {
        Phase phase = new Phase("paced", serverPid);
        long interval = 1_000_000_000L / PACED_RATE;
        Semaphore inFlight = new Semaphore(PACED_MAX_IN_FLIGHT);
        long start = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < PACED_RATE * PACED_SECONDS && !phase.stalled(); i++) {
                long planned = start + i * interval;
                for (long wait = planned - System.nanoTime(); wait > 0; wait = planned - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        pacedAlert(mix, phase, planned);
                    } finally {
                        inFlight.release();
                    }
                });
            }
        }
        return phase.stop();
    }

    /** A new alert's answer names its incident; reading it back shows when the incident is visible to others. */
    private void pacedAlert(Mix mix, Phase phase, long planned) {
        Post post = mix.next();
        Result result = exchange(mix, post, phase, planned);
        if (result == null || post.kind() != Kind.NEW || result.incident() == null) {
            return;
        }
        try {
            int status = call(authorized("/api/v1/incidents/" + result.incident()).GET().build(), phase.rateLimited)
                    .statusCode();
            if (status == 200) {
                phase.toIncident.add(System.nanoTime() - planned);
            } else {
                phase.error("incident-read-" + status, result.incident());
            }
        } catch (IOException | InterruptedException e) {
            phase.error("incident-read-" + kind(e), String.valueOf(e.getMessage()));
        }
    }

    /** STORM_ALERTS alerts of one integration: STORM_FINGERPRINTS distinct ones, each repeated, all at once. */
    private Phase storm(String key, int senders, Set<String> incidents) {
        Phase phase = new Phase("storm", serverPid);
        concurrently(senders, STORM_ALERTS, STORM_LIMIT, phase, i -> {
            int id = i % STORM_FINGERPRINTS;
            Post post = new Post(i < STORM_FINGERPRINTS ? Kind.NEW : Kind.REPEAT, id, key, body(id, "firing"));
            Result result = exchange(null, post, phase, System.nanoTime());
            if (result != null && result.incident() != null) {
                incidents.add(result.incident());
            }
        });
        return phase.stop();
    }

    /** Runs task(i) for i from 0 on each sender until count tasks ran, the time is up or the phase stalled. */
    private static void concurrently(int senders, int count, Duration limit, Phase phase, IntConsumer task) {
        long deadline = System.nanoTime() + limit.toNanos();
        AtomicInteger next = new AtomicInteger();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int s = 0; s < senders; s++) {
                pool.execute(() -> {
                    for (int i = next.getAndIncrement(); i < count && System.nanoTime() < deadline
                            && !phase.stalled(); i = next.getAndIncrement()) {
                        task.accept(i);
                    }
                });
            }
        }
    }

    // ---- HTTP

    private String integration(String service, String groupWindow) throws IOException, InterruptedException {
        String window = groupWindow == null ? "" : ", \"groupWindow\": \"" + groupWindow + "\"";
        HttpRequest request = authorized("/api/v1/integrations").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"service\": \"%s\", \"name\": \"bench-alerts\"%s}"
                        .formatted(service, window))).build();
        String body = expect(request, 201);
        Matcher key = KEY.matcher(body);
        if (!key.find()) {
            throw new IllegalStateException("no key in " + body);
        }
        return key.group(1);
    }

    /** -1 when the server cannot tell, so the figures so far are still written. */
    private long openIncidents(String service) throws InterruptedException {
        try {
            String body = expect(authorized("/api/v1/incidents?status=open&service=" + service).GET().build(), 200);
            Matcher total = TOTAL.matcher(body);
            return total.find() ? Long.parseLong(total.group(1)) : -1;
        } catch (IOException | IllegalStateException e) {
            System.err.println("open incidents of " + service + ": " + e);
            return -1;
        }
    }

    private String expect(HttpRequest request, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = call(request, new LongAdder());
        if (response.statusCode() != status) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("Authorization", "Bearer " + token);
    }

    /** Posts one alert, books the answer and tells the mix; null when it was not accepted. */
    /** One notification with several alerts; each alert's outcome counts. */
    private void exchangeGroup(Mix mix, String key, List<Post> posts, Phase phase) {
        // An alert drawn twice is sent once: Alertmanager never lists one alert twice.
        Map<Integer, Post> unique = new java.util.LinkedHashMap<>();
        posts.forEach(post -> unique.putIfAbsent(post.id(), post));
        List<String> alerts = unique.values().stream()
                .map(post -> alert(post.id(), post.kind() == Kind.RESOLVE ? "resolved" : "firing")).toList();
        String body = notification("firing", alerts);
        long sent = System.nanoTime();
        boolean accepted = false;
        try {
            Http1.Response response = senders.post("/api/v1/integrations/" + key + "/alertmanager", body);
            long done = System.nanoTime();
            if (response.status() / 100 != 2) {
                phase.error(String.valueOf(response.status()), response.body());
            } else {
                Matcher m = RESULT.matcher(response.body());
                while (m.find()) {
                    phase.accepted(m.group(1), done - sent, done - sent);
                }
                phase.requests.increment();
                accepted = true;
            }
        } catch (IOException e) {
            phase.error(kind(e), String.valueOf(e.getMessage()));
        }
        for (Post post : posts) {
            mix.done(post, accepted);
        }
    }

    private Result exchange(Mix mix, Post post, Phase phase, long planned) {
        Result result = post(post, phase, planned);
        if (mix != null) {
            mix.done(post, result != null);
        }
        return result;
    }

    private Result post(Post post, Phase phase, long planned) {
        String path = "/api/v1/integrations/" + post.key() + "/alertmanager";
        long sent = System.nanoTime();
        try {
            Http1.Response response = senders.post(path, post.body());
            for (int attempt = 0; response.status() == 429 && attempt < RETRIES_AFTER_429; attempt++) {
                phase.rateLimited.increment();
                Thread.sleep(Duration.ofSeconds(Math.clamp(response.retryAfterSeconds(), 0, 30)));
                response = senders.post(path, post.body());
            }
            long done = System.nanoTime();
            if (response.status() / 100 != 2) {
                phase.error(String.valueOf(response.status()), response.body());
                return null;
            }
            Result result = Result.of(response.body());
            phase.accepted(result.outcome(), done - planned, done - sent);
            return result;
        } catch (IOException | InterruptedException e) {
            phase.error(kind(e), String.valueOf(e.getMessage()));
            return null;
        }
    }

    /** Connect and request timeouts are one kind: the server did not answer in time. */
    private static String kind(Exception e) {
        return e instanceof HttpTimeoutException || e instanceof SocketTimeoutException ? "timeout"
                : e.getClass().getSimpleName();
    }

    /** A 429 waits its Retry-After and tries again: a sender told to slow down has not failed. */
    private HttpResponse<String> call(HttpRequest request, LongAdder rateLimited)
            throws IOException, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 429 || attempt == RETRIES_AFTER_429) {
                return response;
            }
            rateLimited.increment();
            Thread.sleep(Duration.ofSeconds(retryAfterSeconds(response)));
        }
    }

    private static long retryAfterSeconds(HttpResponse<String> response) {
        try {
            return Math.clamp(Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")), 0, 30);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * A lean HTTP/1.1 keep-alive client for the alert posts: bytes out, status and body in, one
     * pooled connection per request in flight. The JDK client costs about a third of a core per
     * 1,000 requests a second, which on two cores shared with the server would measure the client.
     */
    static final class Http1 {
        private final String host;
        private final int port;
        private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

        Http1(String host, int port) {
            this.host = host;
            this.port = port;
        }

        record Response(int status, String body, long retryAfterSeconds) {
        }

        /** A pooled connection the server closed while idle fails before any answer: that one is retried. */
        Response post(String path, String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            Connection connection = idle.poll();
            boolean reused = connection != null;
            if (!reused) {
                connection = new Connection(host, port);
            }
            try {
                Connection.Answer answer = connection.exchange(head, body);
                if (answer.keepAlive()) {
                    idle.add(connection);
                } else {
                    connection.close();
                }
                return answer.response();
            } catch (EOFException e) {
                connection.close();
                if (reused) {
                    return post(path, json);
                }
                throw e;
            } catch (IOException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }

        private static final class Connection {
            private final Socket socket;
            private final InputStream in;
            private final OutputStream out;

            Connection(String host, int port) throws IOException {
                socket = new Socket(host, port);
                socket.setTcpNoDelay(true);
                socket.setSoTimeout((int) TIMEOUT.toMillis());
                in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
                out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
            }

            record Answer(Response response, boolean keepAlive) {
            }

            Answer exchange(byte[] head, byte[] body) throws IOException {
                out.write(head);
                out.write(body);
                out.flush();
                String statusLine = line();
                int status = Integer.parseInt(statusLine.substring(9, 12));
                long length = -1;
                boolean chunked = false;
                boolean keepAlive = true;
                long retryAfter = 1;
                for (String header = line(); !header.isEmpty(); header = line()) {
                    int colon = header.indexOf(':');
                    String name = header.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
                    String value = header.substring(colon + 1).trim();
                    switch (name) {
                        case "content-length" -> length = Long.parseLong(value);
                        case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                        case "connection" -> keepAlive = !value.equalsIgnoreCase("close");
                        case "retry-after" -> retryAfter = parseOr(value, 1);
                        default -> { }
                    }
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                if (chunked) {
                    for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                            size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                        copy(size, content);
                        line();
                    }
                    while (!line().isEmpty()) {  // trailers
                    }
                } else if (length >= 0) {
                    copy(length, content);
                } else {
                    keepAlive = false;
                    in.transferTo(content);
                }
                return new Answer(new Response(status, content.toString(StandardCharsets.UTF_8), retryAfter), keepAlive);
            }

            private void copy(long n, ByteArrayOutputStream to) throws IOException {
                byte[] bytes = in.readNBytes((int) n);
                if (bytes.length < n) {
                    throw new EOFException("connection closed in a body");
                }
                to.write(bytes);
            }

            private String line() throws IOException {
                StringBuilder line = new StringBuilder(64);
                for (int c = in.read(); c != '\n'; c = in.read()) {
                    if (c < 0) {
                        throw new EOFException("connection closed");
                    }
                    if (c != '\r') {
                        line.append((char) c);
                    }
                }
                return line.toString();
            }

            void close() {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a broken connection
                }
            }
        }

        private static long parseOr(String value, long fallback) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }

    // ---- traffic model

    enum Kind { NEW, REPEAT, RESOLVE, REFIRE }

    record Post(Kind kind, int id, String key, String body) {
    }

    record Result(String outcome, String incident) {
        static Result of(String body) {
            Matcher m = RESULT.matcher(body);
            return m.find() ? new Result(m.group(1), m.group(2)) : new Result("unreadable", null);
        }
    }

    /** An Alertmanager notification with one alert; ids map one-to-one to 16-hex-digit fingerprints. */
    static String body(int id, String status) {
        return notification(status, List.of(alert(id, status)));
    }

    static String notification(String status, List<String> alerts) {
        return "{\"version\":\"4\",\"status\":\"" + status + "\",\"receiver\":\"tocsin\",\"alerts\":["
                + String.join(",", alerts) + "]}";
    }

    static String alert(int id, String status) {
        String name = ALERT_NAMES[id % ALERT_NAMES.length];
        return """
                {"status":"%s","fingerprint":"%016x",\
                "labels":{"alertname":"%s","instance":"host-%d:9100","job":"node","severity":"%s"},\
                "annotations":{"summary":"%s on host-%d"}}"""
                .formatted(status, id * 0x9E3779B97F4A7C15L, name, id, id % 3 == 0 ? "critical" : "warning", name, id);
    }

    /**
     * The dedup mix over a pool of alerts spread over the integrations: most posts repeat a
     * firing alert; the rest resolve one, fire a resolved one again, or are brand new (and join
     * the pool). An alert being resolved or re-fired is claimed, so no two senders move it at once.
     */
    static final class Mix {
        static final int POOL = 2_000;
        private static final int CAPACITY = 1 << 20;
        private static final double NEW = 0.02;
        private static final double REFIRE = 0.04;
        private static final double RESOLVE = 0.04;
        private static final int UNSENT = 0;
        private static final int FIRING = 1;
        private static final int RESOLVED = 2;
        private static final int CLAIMED = 3;

        private final String[] keys;
        private final AtomicIntegerArray state = new AtomicIntegerArray(CAPACITY);
        private final AtomicInteger size = new AtomicInteger();
        private final ConcurrentLinkedQueue<Integer> resolved = new ConcurrentLinkedQueue<>();

        Mix(String[] keys) {
            this.keys = keys;
        }

        Post next() {
            double r = ThreadLocalRandom.current().nextDouble();
            Post post = r < NEW ? fresh() : r < NEW + REFIRE ? refire() : r < NEW + REFIRE + RESOLVE ? resolve() : null;
            return post != null ? post : repeat();
        }

        Post fresh() {
            int id = size.getAndIncrement();
            if (id >= CAPACITY) {
                size.set(CAPACITY);
                return repeat();
            }
            state.set(id, CLAIMED);
            return post(Kind.NEW, id, "firing");
        }

        private Post repeat() {
            for (int probe = 0; probe < 16 && size.get() > 0; probe++) {
                int id = ThreadLocalRandom.current().nextInt(Math.min(size.get(), CAPACITY));
                if (state.get(id) == FIRING) {
                    return post(Kind.REPEAT, id, "firing");
                }
            }
            return fresh();
        }

        private Post resolve() {
            for (int probe = 0; probe < 16 && size.get() > 0; probe++) {
                int id = ThreadLocalRandom.current().nextInt(Math.min(size.get(), CAPACITY));
                if (state.compareAndSet(id, FIRING, CLAIMED)) {
                    return post(Kind.RESOLVE, id, "resolved");
                }
            }
            return null;
        }

        private Post refire() {
            Integer id = resolved.poll();
            return id != null && state.compareAndSet(id, RESOLVED, CLAIMED) ? post(Kind.REFIRE, id, "firing") : null;
        }

        /** A failed request stores nothing, so the alert keeps the state it had. */
        void done(Post post, boolean accepted) {
            switch (post.kind()) {
                case NEW -> state.set(post.id(), accepted ? FIRING : UNSENT);
                case REFIRE -> settle(post.id(), accepted ? FIRING : RESOLVED);
                case RESOLVE -> settle(post.id(), accepted ? RESOLVED : FIRING);
                case REPEAT -> { }
            }
        }

        private void settle(int id, int to) {
            state.set(id, to);
            if (to == RESOLVED) {
                resolved.add(id);
            }
        }

        private Post post(Kind kind, int id, String status) {
            return new Post(kind, id, keys[id % keys.length], body(id, status));
        }
    }

    // ---- measuring

    /** One stretch of traffic: what came back, how long it took and the CPU it cost. */
    static final class Phase {
        final Recorder latency = new Recorder();
        final Recorder request = new Recorder();
        final Recorder toIncident = new Recorder();
        final LongAdder accepted = new LongAdder();
        final LongAdder rateLimited = new LongAdder();
        final LongAdder requests = new LongAdder();
        final Map<String, LongAdder> outcomes = new ConcurrentSkipListMap<>();
        final Map<String, Recorder> latencyByOutcome = new ConcurrentSkipListMap<>();
        final Map<String, LongAdder> errors = new ConcurrentSkipListMap<>();
        final AtomicReference<String> firstError = new AtomicReference<>();
        private final String name;
        private final long serverPid;
        private final long startNanos = System.nanoTime();
        private final Cpu startCpu;
        private double seconds;
        private String cpu;

        Phase(String name, long serverPid) {
            this.name = name;
            this.serverPid = serverPid;
            this.startCpu = Cpu.read(serverPid);
        }

        Phase stop() {
            seconds = (System.nanoTime() - startNanos) / 1e9;
            cpu = Cpu.since(startCpu, Cpu.read(serverPid), seconds);
            System.err.printf(java.util.Locale.ROOT, "%s: %d alerts accepted in %.1f s, errors %s%n", name,
                    accepted.sum(), seconds, counts(errors));
            return this;
        }

        /** latency counts from the planned send time, request from the actual one. */
        void accepted(String outcome, long latencyNanos, long requestNanos) {
            accepted.increment();
            outcomes.computeIfAbsent(outcome, o -> new LongAdder()).increment();
            latencyByOutcome.computeIfAbsent(outcome, o -> new Recorder()).add(latencyNanos);
            latency.add(latencyNanos);
            request.add(requestNanos);
        }

        void error(String kind, String detail) {
            errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
            firstError.compareAndSet(null, kind + ": " + detail);
        }

        long count(Map<String, LongAdder> counts, String key) {
            LongAdder n = counts.get(key);
            return n == null ? 0 : n.sum();
        }

        /** A request timed out: the server is not answering, so sending more only queues up. */
        boolean stalled() {
            return errors.containsKey("timeout");
        }

        long errorCount() {
            return errors.values().stream().mapToLong(LongAdder::sum).sum();
        }

        double perSecond() {
            return accepted.sum() / seconds;
        }

        String json(String extra) {
            return String.format(java.util.Locale.ROOT, "{\"seconds\": %.2f, \"accepted\": %d, \"alertsPerSecond\": %.1f,"
                    + " \"errors\": %s, \"rateLimited\": %d, \"outcomes\": %s, \"latencyMs\": %s,"
                    + " \"latencyByOutcomeMs\": %s, \"cpuCores\": %s%s}",
                    seconds, accepted.sum(), perSecond(), counts(errors), rateLimited.sum(), counts(outcomes),
                    latency.percentiles(), latencyByOutcome.entrySet().stream()
                            .map(e -> "\"" + e.getKey() + "\": " + e.getValue().percentiles())
                            .collect(Collectors.joining(", ", "{", "}")), cpu, extra);
        }

        private static String counts(Map<String, LongAdder> counts) {
            return counts.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue().sum())
                    .collect(Collectors.joining(", ", "{", "}"));
        }
    }

    private static String groupedExtra(Phase grouped) {
        return String.format(java.util.Locale.ROOT, ", \"requests\": %d, \"alertsPerRequest\": %.1f",
                grouped.requests.sum(), grouped.accepted.sum() / (double) Math.max(1, grouped.requests.sum()));
    }

    private static String pacedExtra(Phase paced) {
        return String.format(java.util.Locale.ROOT, ", \"targetPerSecond\": %d, \"maxInFlight\": %d, \"requestMs\": %s, "
                + "\"toIncidentMs\": %s, \"incidentSamples\": %d", PACED_RATE, PACED_MAX_IN_FLIGHT, paced.request.percentiles(),
                paced.toIncident.percentiles(), paced.toIncident.size());
    }

    /** Latencies, kept in microseconds. */
    static final class Recorder {
        private long[] micros = new long[1 << 16];
        private int size;

        synchronized void add(long nanos) {
            if (size == micros.length) {
                micros = Arrays.copyOf(micros, size * 2);
            }
            micros[size++] = nanos / 1_000;
        }

        synchronized int size() {
            return size;
        }

        synchronized double quantileMs(double quantile) {
            if (size == 0) {
                return Double.NaN;
            }
            long[] sorted = Arrays.copyOf(micros, size);
            Arrays.sort(sorted);
            return sorted[(int) Math.min(size - 1, Math.ceil(quantile * size) - 1)] / 1000.0;
        }

        String percentiles() {
            return size() == 0 ? "null" : String.format(java.util.Locale.ROOT,
                    "{\"p50\": %.2f, \"p90\": %.2f, \"p99\": %.2f, \"max\": %.2f}",
                    quantileMs(0.50), quantileMs(0.90), quantileMs(0.99), quantileMs(1.0));
        }
    }

    /** CPU time from /proc in USER_HZ ticks (100 a second on Linux): all cores, the server, this client. */
    record Cpu(long machineBusy, long server, long client) {

        static Cpu read(long serverPid) {
            try {
                String[] all = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
                long busy = 0;
                for (int i = 1; i <= 8; i++) {  // user nice system idle iowait irq softirq steal
                    busy += i == 4 || i == 5 ? 0 : Long.parseLong(all[i]);
                }
                return new Cpu(busy, ticks(serverPid), ticks(ProcessHandle.current().pid()));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        private static long ticks(long pid) throws IOException {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);  // utime, stime
        }

        /** Cores kept busy on average; "other" is everything else on the machine, PostgreSQL included. */
        static String since(Cpu start, Cpu end, double seconds) {
            if (start == null || end == null) {
                return "null";
            }
            double machine = (end.machineBusy - start.machineBusy) / 100.0 / seconds;
            double server = (end.server - start.server) / 100.0 / seconds;
            double client = (end.client - start.client) / 100.0 / seconds;
            return String.format(java.util.Locale.ROOT,
                    "{\"machine\": %.2f, \"server\": %.2f, \"client\": %.2f, \"other\": %.2f}",
                    machine, server, client, Math.max(0, machine - server - client));
        }
    }

    /** The storm passes when every alert was accepted into one incident, the only open one of its service. */
    record StormCheck(int distinctIncidents, long openIncidents, long opened, long accepted) {

        boolean ok() {
            return distinctIncidents == 1 && openIncidents == 1 && opened == 1 && accepted == STORM_ALERTS;
        }

        String json() {
            return String.format(java.util.Locale.ROOT, ", \"alerts\": %d, \"distinctFingerprints\": %d, "
                    + "\"distinctIncidents\": %d, \"openIncidents\": %d, \"oneIncident\": %b",
                    STORM_ALERTS, STORM_FINGERPRINTS, distinctIncidents, openIncidents, ok());
        }
    }

    // ---- reporting

    private static void printSummary(String label, Phase throughput, Phase grouped, Phase paced, Phase storm,
            StormCheck check) {
        System.out.printf(java.util.Locale.ROOT, "%n%s: %-10s %9s %8s %8s %8s %7s %5s  %s%n", label, "phase",
                "alerts/s", "p50 ms", "p99 ms", "max ms", "errors", "429s", "cores server/client/other");
        line(label, "throughput", throughput, "");
        line(label, "grouped", grouped, String.format(java.util.Locale.ROOT, "  %.1f alerts a request",
                grouped.accepted.sum() / (double) Math.max(1, grouped.requests.sum())));
        line(label, "paced", paced, String.format(java.util.Locale.ROOT, "  to incident p99 %.1f ms",
                paced.toIncident.quantileMs(0.99)));
        line(label, "storm", storm, String.format("  %d incident(s), %d open: %s", check.distinctIncidents(),
                check.openIncidents(), check.ok() ? "one incident" : "FAILED"));
    }

    private static void line(String label, String name, Phase phase, String note) {
        System.out.printf(java.util.Locale.ROOT, "%s: %-10s %9.1f %8.2f %8.2f %8.2f %7d %5d  %s%s%n", label, name,
                phase.perSecond(), phase.latency.quantileMs(0.5), phase.latency.quantileMs(0.99),
                phase.latency.quantileMs(1.0), phase.errorCount(), phase.rateLimited.sum(), phase.cpu, note);
    }

    /** True when nothing failed; otherwise says what did on stderr. */
    private static boolean report(StormCheck check, Phase... phases) {
        boolean ok = check.ok();
        if (!ok) {
            System.err.println("storm: " + check);
        }
        for (Phase phase : phases) {
            if (phase.errorCount() > 0) {
                System.err.println("errors " + Phase.counts(phase.errors) + ", first: " + phase.firstError.get());
                ok = false;
            }
        }
        return ok;
    }
}
