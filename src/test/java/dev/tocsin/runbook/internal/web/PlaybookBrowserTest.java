package dev.tocsin.runbook.internal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.tocsin.runbook.StaleKeyPlaybook;
import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.Browser;
import dev.tocsin.support.TocsinTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;
import redis.clients.jedis.Jedis;
import tools.jackson.databind.JsonNode;

/**
 * An alert for the CRM worker opens an incident whose queue-depth diagnosis ({@code LLEN
 * crm-events}, on the real Redis) has run by itself before anyone opens the incident page, which
 * then shows it; and the runbook pages list the runbooks and show the seeds' lint.
 */
@TestPropertySource(properties = "tocsin.runbooks.auto-diagnosis=true")
class PlaybookBrowserTest extends TocsinTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private final Jedis redis = new Jedis("127.0.0.1", 6379);
    private Page page;

    @BeforeEach
    void openPage() {
        page = browser.page();
    }

    @AfterEach
    void closeRedis() {
        redis.close();
    }

    @Test
    void the_crm_worker_alert_finds_its_queue_depth_already_measured_on_the_incident_page() throws Exception {
        redis.del("crm-events");
        redis.rpush("crm-events", "e1", "e2", "e3", "e4", "e5", "e6", "e7");
        String alertname = "CrmWorkerStuck" + System.nanoTime();
        Response alert = api(null).post("/api/v1/integrations/example-crm-worker-alertmanager-key/alertmanager", """
                {"version": "4", "status": "firing", "receiver": "tocsin", "alerts": [{"status": "firing",
                 "fingerprint": "%1$s", "labels": {"alertname": "%1$s", "severity": "critical"},
                 "annotations": {"summary": "crm-worker is not consuming crm-events"}, "startsAt": "%2$s"}]}"""
                .formatted(alertname, Instant.now()));
        assertThat(alert.status()).as(alert.body()).isEqualTo(200);
        String number = alert.json().path("results").get(0).path("incident").asString();

        JsonNode depth = awaitRun(number, "diagnosis-2");
        assertThat(depth.path("requestedBy").asString()).isEqualTo("tocsin:runbook");

        browser.signIn(baseUrl());
        page.navigate(baseUrl() + "/incidents/" + number);
        Locator scenario = page.locator("#playbook article[data-scenario=worker-queue-stuck]");
        Locator llen = scenario.locator("li[data-step=diagnosis-2]");
        assertThat(llen).hasAttribute("data-status", "succeeded");
        assertThat(llen.locator("pre.command")).hasText("redis-cli -u $REDIS_URL LLEN crm-events");
        assertThat(llen.locator("pre.output")).hasText("(integer) 7");
        assertThat(llen).containsText("by tocsin:runbook");
        // kubectl is shell, which this server does not run: not run by itself, and offered to run by hand.
        assertThat(scenario.locator("li[data-step=diagnosis-1]")).hasAttribute("data-status", "not_run");
        assertThat(scenario.locator("li[data-step=resolution-1] .tag")).hasText("destructive");
        assertThat(scenario.locator("li[data-step=resolution-1] button")).hasText("Ask to run");
        browser.screenshot("playbook");
    }

    @Test
    void the_runbook_pages_list_the_seeds_and_show_the_customer_portal_placeholders() {
        browser.signIn(baseUrl());
        page.locator("nav a[href='/runbooks']").click();
        assertThat(page.locator("h1")).hasText("Runbooks");
        assertThat(page.locator("tr[data-runbook=crm-platform-incident-response]")).containsText("crm-platform");

        page.locator("tr[data-runbook=customer-portal-incident-response] a").click();
        assertThat(page.locator("h1")).hasText("Incident Response Runbook");
        assertThat(page.locator("#lint li[data-rule=placeholder]").first()).containsText("[Slack/PagerDuty]");
        assertThat(page.locator("#lint li[data-rule=no-real-contact]")).hasCount(3);
        assertThat(page.locator("section[data-scenario=redis-connection-failures] li[data-step=diagnosis-1]"))
                .containsText("redis-cli ping");
        browser.screenshot("runbook");
    }

    @Test
    void a_step_runs_from_its_button_and_a_destructive_one_waits_for_a_second_lead() {
        String key = "tocsin-browser-" + System.nanoTime();
        redis.set(key, "stale");
        String number = StaleKeyPlaybook.follow(api(), key).incident();

        browser.signIn(baseUrl());
        page.navigate(baseUrl() + "/incidents/" + number);
        Locator scenario = page.locator("#playbook article[data-scenario=stale-key]");
        scenario.locator("li[data-step=diagnosis-1] button").click();
        assertThat(scenario.locator("li[data-step=diagnosis-1] pre.output")).hasText("stale");
        assertThat(scenario.locator("li[data-step=diagnosis-1]")).containsText("by admin");

        scenario.locator("li[data-step=resolution-1] button").click();
        Locator drop = page.locator("#playbook article[data-scenario=stale-key] li[data-step=resolution-1]");
        assertThat(drop).hasAttribute("data-status", "awaiting_approval");
        assertThat(drop.locator(".waiting")).containsText("admin asked to run this");
        drop.getByText("Approve and run").click();
        assertThat(page.locator("#playbook-problem")).containsText("a destructive step needs a second lead");
        assertThat(redis.get(key)).isEqualTo("stale");

        String lead = api().post("/api/v1/tokens", "{\"name\": \"second-lead-" + System.nanoTime()
                + "\", \"role\": \"lead\"}").text("token");
        String run = null;
        for (JsonNode r : api().get("/api/v1/incidents/" + number + "/playbook").json().path("runs")) {
            run = r.path("stepId").asString().equals("resolution-1") ? r.path("id").asString() : run;
        }
        assertThat(api(lead).post("/api/v1/incidents/" + number + "/playbook/runs/" + run + "/approve", "{}").status())
                .isEqualTo(200);
        page.reload();
        assertThat(drop).hasAttribute("data-status", "succeeded");
        assertThat(drop.locator("pre.output")).hasText("(integer) 1");
        assertThat(drop).containsText("approved by token:second-lead-");
        assertThat(redis.exists(key)).isFalse();
    }

    /** The run of a step of the incident's playbook, once it has finished (diagnosis runs after the commit). */
    private JsonNode awaitRun(String incident, String step) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode run : api().get("/api/v1/incidents/" + incident + "/playbook").json().path("runs")) {
                if (run.path("stepId").asString().equals(step) && !run.path("status").asString().equals("RUNNING")) {
                    return run;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no finished run of " + step + " for incident " + incident + " within 20 s: "
                + api().get("/api/v1/incidents/" + incident + "/playbook").body());
    }
}
