package dev.tocsin.runbook.internal.run;

import dev.tocsin.alert.Alert;
import dev.tocsin.runbook.Scenario;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why a scenario is for an incident: one of its services, or an alert naming it. An alert names
 * a scenario by a label or annotation {@code runbook_scenario} (or {@code scenario}) holding its
 * slug, optionally with {@code runbook} holding the runbook's id, or by a {@code runbook_url}
 * ending in {@code #<slug>} (the anchor Prometheus rules' runbook links already carry).
 */
final class ScenarioMatch {

    private ScenarioMatch() {
    }

    /** The reason this scenario of this runbook matches, in words for the timeline; empty if it does not. */
    static Optional<String> why(String runbookId, Scenario scenario, List<String> services, List<Alert> alerts) {
        Optional<String> service = scenario.services().stream().filter(services::contains).findFirst();
        if (service.isPresent()) {
            return Optional.of("matched by service " + service.get());
        }
        for (Alert alert : alerts) {
            Map<String, String> named = new HashMap<>(alert.annotations());
            named.putAll(alert.labels());
            String slug = named.getOrDefault("runbook_scenario", named.get("scenario"));
            String runbook = named.get("runbook");
            if (scenario.slug().equals(slug) && (runbook == null || runbook.equals(runbookId))) {
                return Optional.of("named by alert " + alert.labels().getOrDefault("alertname", alert.dedupKey()));
            }
            String url = named.get("runbook_url");
            if (url != null && url.endsWith("#" + scenario.slug()) && (!url.contains("/runbooks/")
                    || url.contains("/runbooks/" + runbookId + "#"))) {
                return Optional.of("linked by alert " + alert.labels().getOrDefault("alertname", alert.dedupKey())
                        + "'s runbook_url");
            }
        }
        return Optional.empty();
    }
}
