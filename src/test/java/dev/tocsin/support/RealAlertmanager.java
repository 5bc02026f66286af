package dev.tocsin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A real Prometheus Alertmanager (the Debian package's binary) on a free loopback port, with
 * clustering off and its own temporary storage. Alerts go in through Alertmanager's own API,
 * as Prometheus sends them; notifications come out through whatever receivers the test configures.
 */
public final class RealAlertmanager implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/bin/prometheus-alertmanager");
    private static final Duration STARTUP = Duration.ofSeconds(15);
    private static final Duration SHUTDOWN = Duration.ofSeconds(5);

    /*
     * Alertmanager's own defaults (group_wait 30s, group_interval 5m, repeat_interval 4h) hold
     * notifications back for minutes. Here:
     * - group_wait 0s: a new group's first notification leaves as soon as its first alert arrives;
     * - group_interval 1s: any later change to a group, a resolution included, leaves within a second;
     * - repeat_interval 1h: an unchanged group is never sent again during a test, so every
     *   notification a test sees is a change;
     * - resolve_timeout 1m: Alertmanager resolves an alert fired without endsAt (as fire() does)
     *   by itself this long after the last fire(). It has no effect on resolve(), so it is not
     *   made smaller: it must outlast any test, or alerts would resolve behind the test's back.
     */
    private static final String DEFAULTS = """
            global:
              resolve_timeout: 1m
            route:
              group_by: [alertname]
              group_wait: 0s
              group_interval: 1s
              repeat_interval: 1h
            """;

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Process process;
    private final Path dir;
    private final URI url;
    private final Thread killOnExit;
    private final Map<Map<String, String>, Fired> firing = new ConcurrentHashMap<>();

    private record Fired(Instant startsAt, Map<String, String> annotations) {
    }

    private RealAlertmanager(Process process, Path dir, URI url) {
        this.process = process;
        this.dir = dir;
        this.url = url;
        this.killOnExit = new Thread(this::stop, "alertmanager-" + process.pid() + "-kill");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * Starts Alertmanager on {@code config} laid over the fast defaults above, so it needs no
     * more than a {@code receivers:} list; any setting it does give wins. Unless the config
     * names one, the root route sends everything to the first receiver.
     */
    public static RealAlertmanager start(String config) {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " not found: "
                    + "install prometheus-alertmanager (apt-get install -y prometheus-alertmanager)");
        }
        ObjectNode merged = (ObjectNode) YAML.readTree(DEFAULTS);
        merge(merged, YAML.readTree(config));
        ObjectNode route = (ObjectNode) merged.get("route");
        if (!route.has("receiver")) {
            route.put("receiver", merged.path("receivers").path(0).path("name").asString());
        }
        try {
            Path dir = Files.createTempDirectory("alertmanager-");
            Path configFile = Files.writeString(dir.resolve("alertmanager.yml"), YAML.writeValueAsString(merged));
            URI url = URI.create("http://127.0.0.1:" + freePort());
            Process process = new ProcessBuilder(BINARY.toString(),
                    "--config.file=" + configFile,
                    "--storage.path=" + dir.resolve("data"),
                    "--web.listen-address=" + url.getAuthority(),
                    "--web.external-url=" + url,
                    "--cluster.listen-address=")
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("alertmanager.log").toFile())
                    .start();
            RealAlertmanager alertmanager = new RealAlertmanager(process, dir, url);
            alertmanager.awaitReady();
            return alertmanager;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Objects merge key by key; anything else in {@code from} replaces what {@code into} has. */
    private static void merge(ObjectNode into, JsonNode from) {
        for (Map.Entry<String, JsonNode> entry : from.properties()) {
            if (into.get(entry.getKey()) instanceof ObjectNode target && entry.getValue().isObject()) {
                merge(target, entry.getValue());
            } else {
                into.set(entry.getKey(), entry.getValue());
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(STARTUP);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            if (ready()) {
                return;
            }
            pause();
        }
        String why = process.isAlive() ? "not ready within " + STARTUP : "exited with " + process.exitValue();
        String output = log();
        close();
        throw new IllegalStateException("Alertmanager " + why + "; its output:\n" + output);
    }

    private boolean ready() {
        HttpRequest ready = HttpRequest.newBuilder(url.resolve("/-/ready")).timeout(Duration.ofSeconds(1)).build();
        try {
            return HTTP.send(ready, BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Alertmanager's base URL, which is also the externalURL it puts in notifications. */
    public URI url() {
        return url;
    }

    /** Everything Alertmanager has written to stdout and stderr so far. */
    public String log() {
        try {
            return Files.readString(dir.resolve("alertmanager.log"));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /**
     * Fires an alert, or fires it again with new annotations. It keeps the startsAt of its first
     * firing, as Prometheus does, and has no endsAt: it fires until {@link #resolve}, or
     * until Alertmanager resolves it itself once resolve_timeout has passed.
     */
    public void fire(Map<String, String> labels, Map<String, String> annotations) {
        Fired fired = firing.compute(Map.copyOf(labels), (key, earlier) -> new Fired(
                earlier == null ? Instant.now().truncatedTo(ChronoUnit.MILLIS) : earlier.startsAt(),
                Map.copyOf(annotations)));
        post(labels, fired, null);
    }

    /**
     * Resolves an alert {@link #fire}d earlier: the same labels, startsAt and annotations with
     * endsAt now, as Prometheus does. Without the annotations, the resolved notification would
     * carry none, since Alertmanager keeps only the latest copy of an alert.
     */
    public void resolve(Map<String, String> labels) {
        Fired fired = firing.remove(Map.copyOf(labels));
        if (fired == null) {
            throw new IllegalArgumentException("No alert with labels " + labels + " was fired");
        }
        post(labels, fired, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private void post(Map<String, String> labels, Fired fired, Instant endsAt) {
        Map<String, Object> alert = new LinkedHashMap<>();
        alert.put("labels", labels);
        alert.put("annotations", fired.annotations());
        alert.put("startsAt", fired.startsAt().toString());
        if (endsAt != null) {
            alert.put("endsAt", endsAt.toString());
        }
        HttpRequest request = HttpRequest.newBuilder(url.resolve("/api/v2/alerts"))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(JSON.writeValueAsString(List.of(alert))))
                .build();
        try {
            var response = HTTP.send(request, BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Alertmanager refused " + alert + ": "
                        + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it stops the process itself
        }
        stop();
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(SHUTDOWN.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(SHUTDOWN.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        if (Files.notExists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
