package dev.tocsin.runbook;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The data sources SQL steps run on and the Redis connections Redis steps use, by the names
 * runbooks give them ({@code default}, {@code crm}): {@code tocsin.runbooks.datasources.<name>.url}
 * (with {@code username}, {@code password}) and {@code tocsin.runbooks.redis.<name>} (a
 * {@code redis://} URL). docs/runbooks.md says how a step's command names one.
 */
@ConfigurationProperties("tocsin.runbooks")
public record RunbookSources(Map<String, DataSource> datasources, Map<String, String> redis) {

    public RunbookSources {
        datasources = datasources == null ? Map.of() : Map.copyOf(datasources);
        redis = redis == null ? Map.of() : Map.copyOf(redis);
    }

    public record DataSource(String url, String username, String password) {
    }
}
