import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Declares COUNT CRM incidents whose second escalation step (the platform lead, 15 minutes
 * unacknowledged) falls due within WINDOW seconds, starting LEAD seconds from now, so every timer
 * is set well before it is due. The lateness is read afterwards from the timeline in the database
 * (bench/escalations.sh). JDK only: java EscalationBench.java BASE_URL TOKEN COUNT WINDOW_SECONDS LEAD_SECONDS
 */
public class EscalationBench {

    private static final String[] SERVICES = {"crm-worker", "crm-backend"};

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int count = Integer.parseInt(args[2]);
        Duration window = Duration.ofSeconds(Long.parseLong(args[3]));
        Instant firstDue = Instant.now().plusSeconds(Long.parseLong(args[4]));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long started = System.nanoTime();
        try (var senders = Executors.newFixedThreadPool(16)) {
            for (int s = 0; s < 16; s++) {
                senders.execute(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        // CRM's step 2 is due 15 minutes after detection (a P2's response target is an hour).
                        Instant due = firstDue.plusMillis(window.toMillis() * i / count);
                        String body = """
                                {"title": "Bench incident %d", "severity": "P2", "services": ["%s"],
                                 "detectionSource": "internal", "detectedAt": "%s"}"""
                                .formatted(i, SERVICES[i % SERVICES.length], due.minus(Duration.ofMinutes(15)));
                        try {
                            int status = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/incidents"))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                    HttpResponse.BodyHandlers.discarding()).statusCode();
                            if (status != 201) {
                                failed.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        boolean beforeFirstDue = Instant.now().isBefore(firstDue);
        System.out.printf(java.util.Locale.ROOT, "{\"incidents\": %d, \"failed\": %d, \"declareSeconds\": %.1f, "
                + "\"allDeclaredBeforeFirstDue\": %b, \"firstDue\": \"%s\", \"windowSeconds\": %d}%n",
                count, failed.get(), seconds, beforeFirstDue, firstDue, window.toSeconds());
        System.exit(failed.get() == 0 && beforeFirstDue ? 0 : 1);
    }
}
