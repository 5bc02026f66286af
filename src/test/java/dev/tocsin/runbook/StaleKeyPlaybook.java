package dev.tocsin.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient;
import dev.tocsin.support.ApiClient.Response;
import java.net.http.HttpRequest.BodyPublishers;

/**
 * A runbook whose one scenario reads a Redis key (diagnosis-1) and deletes it (resolution-1, so
 * destructive), posted for crm-platform, and a new incident following that scenario.
 */
public record StaleKeyPlaybook(String runbook, String incident) {

    public static final String SCENARIO = "stale-key";

    public static StaleKeyPlaybook follow(ApiClient api, String key) {
        String slug = "stale-key-" + System.nanoTime();
        Response posted = api.send("POST", "/api/v1/runbooks?organization=crm-platform&slug=" + slug,
                BodyPublishers.ofString("""
                        # Stale cache keys
                        ## Stale key
                        **Check:**
                        ```bash
                        # Read it
                        redis-cli GET %1$s
                        ```
                        **Resolution:**
                        ```bash
                        # Drop it
                        redis-cli DEL %1$s
                        ```
                        """.formatted(key)), "text/markdown");
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String runbook = "crm-platform-" + slug;
        String incident = api.post("/api/v1/incidents", """
                {"title": "Stale cache", "severity": "P3", "services": ["crm-backend"]}""").text("number");
        Response attached = api.post("/api/v1/incidents/" + incident + "/playbook/scenarios",
                "{\"runbook\": \"" + runbook + "\", \"scenario\": \"" + SCENARIO + "\"}");
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        return new StaleKeyPlaybook(runbook, incident);
    }
}
