package dev.tocsin.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient;
import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import tools.jackson.databind.JsonNode;

/**
 * A destructive step (a Redis DEL, on the real Redis) does not run when asked: it waits; the lead
 * who asked cannot approve it; another lead's approval runs it; a late approval is refused.
 */
class DestructiveStepsWaitForASecondLeadTest extends TocsinTest {

    private final String key = "tocsin-approval-" + System.nanoTime();
    private final Jedis redis = new Jedis("127.0.0.1", 6379);
    private String incident;
    private String runbook;

    @BeforeEach
    void aRunbookWithAStepThatDeletesAKeyAndAnIncidentFollowingIt() {
        redis.set(key, "stale");
        StaleKeyPlaybook playbook = StaleKeyPlaybook.follow(api(), key);
        runbook = playbook.runbook();
        incident = playbook.incident();
    }

    @AfterEach
    void dropTheKey() {
        redis.del(key);
        redis.close();
    }

    @Test
    void it_waits_the_requester_cannot_approve_it_and_a_second_lead_runs_it() {
        ApiClient alice = api(token("alice-" + System.nanoTime(), "lead"));
        String bobName = "bob-" + System.nanoTime();
        ApiClient bob = api(token(bobName, "lead"));

        Response asked = alice.post("/api/v1/incidents/" + incident + "/playbook/runs", step("resolution-1"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        assertThat(asked.text("status")).isEqualTo("AWAITING_APPROVAL");
        assertThat(redis.get(key)).as("not run without approval").isEqualTo("stale");

        Response own = alice.post(approve(asked.text("id")), "{}");
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.text("detail")).contains("a destructive step needs a second lead");
        assertThat(redis.get(key)).isEqualTo("stale");

        Response approved = bob.post(approve(asked.text("id")), "{}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.text("status")).isEqualTo("SUCCEEDED");
        assertThat(approved.json().path("output").asString()).isEqualTo("(integer) 1");
        assertThat(approved.json().path("decidedBy").asString()).isEqualTo("token:" + bobName);
        assertThat(redis.exists(key)).isFalse();

        assertThat(bob.post(approve(asked.text("id")), "{}").status()).as("decided once").isEqualTo(409);
        JsonNode timeline = api().get("/api/v1/incidents/" + incident + "/timeline").json();
        assertThat(timeline.findValuesAsString("kind")).contains("playbook_attached", "playbook_step_awaiting_approval",
                "playbook_step_approved", "playbook_step_succeeded");
    }

    @Test
    void a_responder_may_not_approve_and_an_approval_after_the_window_is_refused() {
        ApiClient alice = api(token("alice-" + System.nanoTime(), "lead"));
        ApiClient responder = api(token("responder-" + System.nanoTime(), "responder"));
        ApiClient bob = api(token("bob-" + System.nanoTime(), "lead"));
        String run = alice.post("/api/v1/incidents/" + incident + "/playbook/runs", step("resolution-1")).text("id");

        assertThat(responder.post(approve(run), "{}").status()).isEqualTo(403);
        clock.advance(Duration.ofMinutes(16));
        Response late = bob.post(approve(run), "{}");

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("detail")).contains("ask for it again");
        assertThat(redis.get(key)).isEqualTo("stale");
    }

    @Test
    void a_step_that_only_looks_runs_at_once_read_only() {
        Response ran = api().post("/api/v1/incidents/" + incident + "/playbook/runs", step("diagnosis-1"));

        assertThat(ran.status()).as(ran.body()).isEqualTo(201);
        assertThat(ran.text("status")).isEqualTo("SUCCEEDED");
        assertThat(ran.text("output")).isEqualTo("stale");
        assertThat(ran.text("command")).isEqualTo("redis-cli GET " + key);
    }

    private String step(String id) {
        return "{\"runbook\": \"" + runbook + "\", \"scenario\": \"stale-key\", \"step\": \"" + id + "\"}";
    }

    private String approve(String run) {
        return "/api/v1/incidents/" + incident + "/playbook/runs/" + run + "/approve";
    }

    private String token(String name, String role) {
        Response r = api().post("/api/v1/tokens", "{\"name\": \"" + name + "\", \"role\": \"" + role + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.text("token");
    }
}
