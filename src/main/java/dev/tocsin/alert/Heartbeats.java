package dev.tocsin.alert;

import dev.tocsin.alert.internal.AlertChecks;
import dev.tocsin.alert.internal.AlertRecorder;
import dev.tocsin.alert.internal.HeartbeatRepository;
import dev.tocsin.platform.Problem;
import dev.tocsin.platform.Secrets;
import dev.tocsin.platform.Sha256;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Heartbeat monitors: alert when a system goes quiet. Each heartbeat raises and resolves its
 * alert through an integration of its own that resolves its incident by itself.
 */
@Component
public class Heartbeats {

    /** The alert identity every heartbeat uses within its own integration. */
    static final String DEDUP_KEY = "heartbeat";
    private static final Duration SHORTEST = Duration.ofSeconds(30);

    private final HeartbeatRepository repository;
    private final Integrations integrations;
    private final AlertRecorder recorder;
    private final Clock clock;

    Heartbeats(HeartbeatRepository repository, Integrations integrations, AlertRecorder recorder, Clock clock) {
        this.repository = repository;
        this.integrations = integrations;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** A heartbeat due one interval from now; {@code severity} is the code its alerts get (default P2). */
    @Transactional
    public IssuedHeartbeat create(String service, String name, Duration interval, String severity, String actor) {
        if (interval == null || interval.compareTo(SHORTEST) < 0) {
            throw Problem.invalid("interval", "interval must be at least " + SHORTEST.toSeconds()
                    + " seconds, written as ISO-8601 (PT5M).");
        }
        Integration integration = integrations.create(service, "heartbeat " + name, new IntegrationSettings(
                Map.of(), severity == null ? "P2" : severity, List.of(), null, true), actor).integration();
        Instant now = now();
        String key = Secrets.random("thb_");
        Heartbeat heartbeat = new Heartbeat(UUID.randomUUID(), name, service, integration.id(), interval, false,
                now.plus(interval), null, now, actor);
        repository.insert(heartbeat, Sha256.hex(key));
        return new IssuedHeartbeat(heartbeat, key);
    }

    /** A ping: due again one interval from now; if it was overdue, its alert resolves. */
    @Transactional
    public Heartbeat ping(String key) {
        Heartbeat heartbeat = repository.lockByKeyHash(Sha256.hex(key)).orElseThrow(() -> new Problem(
                HttpStatus.NOT_FOUND, "unknown-heartbeat-key", "Unknown heartbeat key",
                "No heartbeat has this key. Create one with POST /api/v1/heartbeats.", Map.of()));
        Instant now = now();
        repository.pinged(heartbeat.id(), now, now.plus(heartbeat.interval()));
        if (heartbeat.overdue()) {
            // In this transaction, so the ping and the resolve commit together.
            recorder.record(integration(heartbeat), List.of(alert(heartbeat, AlertAction.RESOLVED)));
        }
        return new Heartbeat(heartbeat.id(), heartbeat.name(), heartbeat.service(), heartbeat.integrationId(),
                heartbeat.interval(), false, now.plus(heartbeat.interval()), now, heartbeat.createdAt(),
                heartbeat.createdBy());
    }

    /** Raises an alert for every heartbeat that went quiet; answers how many. */
    @Transactional
    public int raiseOverdue() {
        List<Heartbeat> overdue = repository.lockOverdue(now(), 100);
        for (Heartbeat heartbeat : overdue) {
            repository.overdue(heartbeat.id());
            recorder.record(integration(heartbeat), List.of(alert(heartbeat, AlertAction.FIRING)));
        }
        return overdue.size();
    }

    public List<Heartbeat> list() {
        return repository.all();
    }

    private Integration integration(Heartbeat heartbeat) {
        return integrations.byId(heartbeat.integrationId()).orElseThrow();
    }

    private static IncomingAlert alert(Heartbeat heartbeat, AlertAction action) {
        String since = heartbeat.lastPingAt() == null ? "since it was created" : "since " + heartbeat.lastPingAt();
        return AlertChecks.checked(new IncomingAlert(AlertSource.HEARTBEAT, DEDUP_KEY, action,
                "No heartbeat from " + heartbeat.name() + " " + since + " (expected every " + heartbeat.interval()
                        + ")", null, Map.of("heartbeat", heartbeat.name()), Map.of()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
