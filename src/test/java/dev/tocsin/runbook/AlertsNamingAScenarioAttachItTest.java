package dev.tocsin.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An alert on a service no scenario is written for still brings its playbook when it names one:
 * by a {@code runbook_url} ending in the scenario's anchor, or a {@code runbook_scenario} label.
 */
@TestPropertySource(properties = "tocsin.runbooks.auto-diagnosis=true")
class AlertsNamingAScenarioAttachItTest extends TocsinTest {

    @Test
    void a_runbook_url_anchor_attaches_the_scenario_and_its_diagnosis_runs() throws InterruptedException {
        String key = integration();

        String incident = alert(key, "\"runbook_url\": \"https://tocsin.example.com/runbooks/"
                + "customer-portal-incident-response#redis-connection-failures\"", "{}");

        JsonNode playbook = awaitPlaybook(incident, 3);
        assertThat(playbook.path("scenarios").get(0).path("scenario").asString())
                .isEqualTo("redis-connection-failures");
        assertThat(playbook.path("scenarios").get(0).path("how").asString()).isEqualTo("alert");
        JsonNode ping = null;
        for (JsonNode run : playbook.path("runs")) {
            ping = run.path("command").asString().equals("redis-cli ping") ? run : ping;
        }
        assertThat(ping).isNotNull();
        assertThat(ping.path("output").asString()).isEqualTo("PONG");
    }

    @Test
    void a_runbook_scenario_label_attaches_it_and_an_alert_naming_nothing_attaches_nothing()
            throws InterruptedException {
        String named = alert(integration(), "\"summary\": \"WHMCS down\"",
                "{\"runbook_scenario\": \"whmcs-api-unavailable\"}");
        String plain = alert(integration(), "\"summary\": \"Freebit slow\"", "{}");

        JsonNode playbook = awaitPlaybook(named, 1);
        assertThat(playbook.path("scenarios").get(0).path("scenario").asString()).isEqualTo("whmcs-api-unavailable");
        assertThat(api().get("/api/v1/incidents/" + plain + "/playbook").json().path("scenarios").size()).isZero();
    }

    /** An integration on freebit, a vendor service no scenario of the Customer Portal runbook is written for. */
    private String integration() {
        Response created = api().post("/api/v1/integrations", "{\"service\": \"freebit\", \"name\": \"am-"
                + System.nanoTime() + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("key");
    }

    private String alert(String key, String annotations, String labels) {
        String name = "Freebit" + System.nanoTime();
        String labelJson = labels.equals("{}") ? "" : ", " + labels.substring(1, labels.length() - 1);
        Response sent = api(null).post("/api/v1/integrations/" + key + "/alertmanager", """
                {"version": "4", "status": "firing", "receiver": "tocsin", "alerts": [{"status": "firing",
                 "fingerprint": "%1$s", "labels": {"alertname": "%1$s", "severity": "warning"%2$s},
                 "annotations": {%3$s}, "startsAt": "%4$s"}]}""".formatted(name, labelJson, annotations,
                Instant.now()));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        return sent.json().path("results").get(0).path("incident").asString();
    }

    /** The playbook once {@code runs} runs have finished (diagnosis runs after the commit). */
    private JsonNode awaitPlaybook(String incident, int runs) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonNode playbook = null;
        while (Instant.now().isBefore(deadline)) {
            playbook = api().get("/api/v1/incidents/" + incident + "/playbook").json();
            int finished = 0;
            for (JsonNode run : playbook.path("runs")) {
                finished += run.path("status").asString().equals("RUNNING") ? 0 : 1;
            }
            if (playbook.path("scenarios").size() > 0 && finished >= runs) {
                return playbook;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("incident " + incident + "'s playbook within 20 s: " + playbook);
    }
}
