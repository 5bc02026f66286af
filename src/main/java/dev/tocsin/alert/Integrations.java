package dev.tocsin.alert;

import dev.tocsin.alert.internal.IntegrationRepository;
import dev.tocsin.catalog.Catalog;
import dev.tocsin.catalog.Service;
import dev.tocsin.incident.SeverityPolicy;
import dev.tocsin.platform.Problem;
import dev.tocsin.platform.Secrets;
import dev.tocsin.platform.Sha256;
import dev.tocsin.platform.Text;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates integrations and finds them by key. Keys are random; only their SHA-256 is stored. */
@Component
public class Integrations {

    /** Other nodes see a changed integration within this long; this node at once. */
    private static final long CACHE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(10);

    private final IntegrationRepository repository;
    private final Catalog catalog;
    private final SeverityPolicy severities;
    private final Clock clock;
    private final java.util.Map<String, Cached> byKeyHash = new java.util.concurrent.ConcurrentHashMap<>();

    Integrations(IntegrationRepository repository, Catalog catalog, SeverityPolicy severities, Clock clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.severities = severities;
        this.clock = clock;
    }

    /** A new integration with a fresh key; the same service and name again replaces the key. */
    @Transactional
    public IssuedIntegration create(String service, String name, IntegrationSettings settings, String actor) {
        String key = Secrets.random("tik_");
        return new IssuedIntegration(save(service, name, settings, key, actor), key);
    }

    /** An integration whose key is given, e.g. from an organization folder. */
    @Transactional
    public Integration save(String service, String name, IntegrationSettings settings, String key, String actor) {
        Service target = catalog.service(service).orElseThrow(() -> Problem.invalid("service",
                "Unknown service '" + service + "'; known services: "
                        + catalog.services().stream().map(Service::slug).toList() + "."));
        Text.required("name", name, 100);
        if (key.length() < 16) {
            throw Problem.invalid("key", "An integration key needs at least 16 characters.");
        }
        SeverityMapping mapping = settings.mapping();
        for (String code : mapping.rules().values()) {
            severities.require(target.organization(), code);
        }
        severities.require(target.organization(), mapping.fallback());
        Integration integration = new Integration(UUID.randomUUID(), name, service, mapping, settings.groupLabels(),
                settings.groupWindow(), settings.autoResolve(), clock.instant(), actor);
        byKeyHash.clear();
        return repository.save(integration, Sha256.hex(key));
    }

    /** Cached for a few seconds: every alert request looks its key up, and keys rarely change. */
    public Optional<Integration> byKey(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        String hash = Sha256.hex(key);
        Cached cached = byKeyHash.get(hash);
        if (cached != null && System.nanoTime() < cached.expiresAt()) {
            return Optional.of(cached.integration());
        }
        Optional<Integration> found = repository.byKeyHash(hash);
        found.ifPresent(i -> byKeyHash.put(hash, new Cached(i, System.nanoTime() + CACHE_NANOS)));
        return found;
    }

    private record Cached(Integration integration, long expiresAt) {
    }

    /** The integration for a key, or a 404 that does not say whether anything is near. */
    public Integration require(String key) {
        return byKey(key).orElseThrow(() -> new Problem(org.springframework.http.HttpStatus.NOT_FOUND,
                "unknown-integration-key", "Unknown integration key",
                "No integration has this key. Create one with POST /api/v1/integrations and use its key.",
                java.util.Map.of()));
    }

    public Optional<Integration> byId(UUID id) {
        return repository.byId(id);
    }

    public List<Integration> list() {
        return repository.all();
    }
}
