package dev.tocsin.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient;
import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** PagerDuty Events v2, Opsgenie, Grafana and generic senders, and their bad input, on H2 and PostgreSQL. */
abstract class SenderFormatsScenario extends TocsinTest {

    @Test
    void a_pagerduty_trigger_opens_an_incident_and_acknowledge_and_resolve_follow_it() {
        String key = integration("whmcs");
        Response trigger = sender().post("/v2/enqueue", """
                {"routing_key": "%s", "event_action": "trigger", "dedup_key": "whmcs-api-down",
                 "payload": {"summary": "WHMCS API unavailable", "source": "bff", "severity": "critical",
                             "component": "billing", "custom_details": {"errors": 42}}}""".formatted(key));
        assertThat(trigger.status()).isEqualTo(202);
        assertThat(trigger.text("status")).isEqualTo("success");
        assertThat(trigger.text("message")).isEqualTo("Event processed");
        assertThat(trigger.text("dedup_key")).isEqualTo("whmcs-api-down");

        String number = latestIncidentOf("whmcs");
        assertThat(api().get("/api/v1/incidents/" + number).text("severity")).isEqualTo("P1");

        sender().post("/v2/enqueue", event(key, "acknowledge", "whmcs-api-down"));
        assertThat(api().get("/api/v1/incidents/" + number).text("status")).isEqualTo("acknowledged");
        sender().post("/v2/enqueue", event(key, "resolve", "whmcs-api-down"));
        assertThat(api().get("/api/v1/alerts?incident=" + api().get("/api/v1/incidents/" + number).text("id"))
                .json().get(0).path("status").asString()).isEqualTo("resolved");
    }

    @Test
    void a_pagerduty_trigger_without_a_dedup_key_gets_one() {
        String key = integration("freebit");
        Response trigger = sender().post("/v2/enqueue", """
                {"routing_key": "%s", "event_action": "trigger",
                 "payload": {"summary": "Line activation slow", "source": "bff", "severity": "warning"}}"""
                .formatted(key));
        assertThat(trigger.status()).isEqualTo(202);
        assertThat(trigger.text("dedup_key")).hasSize(32);
    }

    @Test
    void an_invalid_pagerduty_event_is_a_400_listing_every_error_and_stores_nothing() {
        String key = integration("salesforce");
        long alerts = alertCount();
        Response invalid = sender().post("/v2/enqueue", """
                {"routing_key": "%s", "event_action": "trigger",
                 "payload": {"summary": "%s", "severity": "fatal"}}""".formatted(key, "x".repeat(1025)));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.text("status")).isEqualTo("invalid event");
        assertThat(invalid.text("message")).isEqualTo("Event object is invalid");
        assertThat(invalid.json().path("errors").toString()).contains("payload.summary' is longer than 1024")
                .contains("payload.source' is required").contains("payload.severity' must be one of");

        assertThat(sender().post("/v2/enqueue", event("not-a-key-0123456789", "resolve", "x")).json()
                .path("errors").toString()).contains("routing_key");
        assertThat(sender().post("/v2/enqueue", "{\"routing_key\": \"" + key + "\", \"event_action\": \"resolve\"}")
                .json().path("errors").toString()).contains("dedup_key' is required to resolve");
        assertThat(sender().post("/v2/enqueue", event(key, "trigger", "k".repeat(256))).json().path("errors")
                .toString()).contains("dedup_key' is longer than 255");
        assertThat(alertCount()).isEqualTo(alerts);
    }

    @Test
    void opsgenie_alerts_open_by_alias_map_priorities_and_close() {
        String key = integration("portal-bff");
        Response created = opsgenie("/v2/alerts", "GenieKey " + key, """
                {"message": "Portal unreachable", "alias": "portal-down", "priority": "P1",
                 "description": "502 on every request", "tags": ["bff"], "details": {"region": "eu"}}""");
        assertThat(created.status()).isEqualTo(202);
        assertThat(created.text("result")).isEqualTo("Request will be processed");
        String number = latestIncidentOf("portal-bff");
        assertThat(api().get("/api/v1/incidents/" + number).text("severity")).isEqualTo("P1");

        Response closed = opsgenie("/v2/alerts/portal-down/close?identifierType=alias", "GenieKey " + key, "{}");
        assertThat(closed.status()).isEqualTo(202);
        String id = api().get("/api/v1/incidents/" + number).text("id");
        assertThat(api().get("/api/v1/alerts?incident=" + id).json().get(0).path("status").asString())
                .isEqualTo("resolved");
    }

    @Test
    void opsgenie_p5_is_informational_and_bad_keys_or_identifiers_are_refused() {
        String key = integration("portal-postgresql");
        opsgenie("/v2/alerts", "GenieKey " + key, "{\"message\": \"Vacuum ran long\", \"alias\": \"vac\", \"priority\": \"P5\"}");
        assertThat(api().get("/api/v1/incidents/" + latestIncidentOf("portal-postgresql")).text("severity"))
                .isEqualTo("P4");

        assertThat(opsgenie("/v2/alerts", null, "{\"message\": \"x\"}").status()).isEqualTo(401);
        assertThat(opsgenie("/v2/alerts", "GenieKey nope-0123456789abcdef", "{\"message\": \"x\"}").status())
                .isEqualTo(404);
        assertThat(opsgenie("/v2/alerts", "GenieKey " + key, "{\"alias\": \"no-message\"}").status()).isEqualTo(422);
        assertThat(opsgenie("/v2/alerts/vac/close?identifierType=id", "GenieKey " + key, "{}").status())
                .isEqualTo(422);
    }

    @Test
    void grafana_and_generic_alerts_fire_and_resolve() {
        String grafanaKey = integration("crm-events");
        Response fired = sender().post("/api/v1/integrations/" + grafanaKey + "/grafana", """
                {"receiver": "tocsin", "status": "firing", "orgId": 1, "title": "[FIRING:1] QueueDepth",
                 "alerts": [{"status": "firing", "fingerprint": "g1", "labels": {"alertname": "QueueDepth",
                 "severity": "warning"}, "annotations": {"summary": "crm-events is 12000 deep"},
                 "values": {"B": 12000}}]}""");
        assertThat(fired.status()).isEqualTo(200);
        assertThat(fired.json().path("results").get(0).path("outcome").asString()).isIn("opened", "joined");

        String genericKey = integration("crm-backend");
        Response generic = sender().post("/api/v1/integrations/" + genericKey + "/generic", """
                {"dedupKey": "backend-5xx", "summary": "5xx above 1%", "severity": "error",
                 "labels": {"team": "crm"}}""");
        assertThat(generic.status()).isEqualTo(202);
        assertThat(generic.text("outcome")).isIn("opened", "joined");
        Response resolved = sender().post("/api/v1/integrations/" + genericKey + "/generic",
                "{\"dedupKey\": \"backend-5xx\", \"status\": \"resolved\"}");
        assertThat(resolved.text("outcome")).isEqualTo("resolved");
        assertThat(sender().post("/api/v1/integrations/" + genericKey + "/generic",
                "{\"dedupKey\": \"x\", \"status\": \"exploded\"}").status()).isEqualTo(422);
    }

    @Test
    void bad_alertmanager_payloads_get_problem_details_and_store_nothing() {
        String key = integration("portal-redis");
        long alerts = alertCount();
        Response malformed = sender().post("/api/v1/integrations/" + key + "/alertmanager", "{\"alerts\": [");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(sender().post("/api/v1/integrations/" + key + "/alertmanager", "{\"version\": \"4\"}").status())
                .isEqualTo(422);
        Response unknown = sender().post("/api/v1/integrations/nope-0123456789abcdef/alertmanager",
                "{\"version\": \"4\", \"alerts\": [{\"status\": \"firing\", \"fingerprint\": \"x\"}]}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("type")).isEqualTo("urn:tocsin:problem:unknown-integration-key");
        // the second alert of the group is invalid, so the first is not stored either
        Response half = sender().post("/api/v1/integrations/" + key + "/alertmanager", """
                {"version": "4", "status": "firing", "alerts": [
                  {"status": "firing", "fingerprint": "ok", "labels": {"alertname": "A"}},
                  {"status": "firing", "fingerprint": "%s", "labels": {"alertname": "B"}}]}""".formatted("f".repeat(300)));
        assertThat(half.status()).isEqualTo(422);
        assertThat(alertCount()).isEqualTo(alerts);
    }

    @Test
    void labels_too_long_to_store_are_a_422_that_names_the_field_and_store_nothing() {
        String key = integration("portal-redis");
        long alerts = alertCount();
        // Quotes are escaped as JSON is stored: 7,000 of them take 14,000 characters, plus the rest.
        Response tooLong = sender().post("/api/v1/integrations/" + key + "/alertmanager", """
                {"version": "4", "status": "firing", "alerts": [
                  {"status": "firing", "fingerprint": "ok", "labels": {"alertname": "A"}},
                  {"status": "firing", "fingerprint": "long", "labels": {"alertname": "B", "quoted": "%s"}}]}"""
                .formatted("\\\"".repeat(7_000) + "x".repeat(6_000)));
        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(422);
        assertThat(tooLong.text("detail")).contains("labels", "20000", "20029");
        assertThat(alertCount()).isEqualTo(alerts);
    }

    // --- helpers -------------------------------------------------------------------------------

    String integration(String service) {
        Response created = api().post("/api/v1/integrations",
                "{\"service\": \"" + service + "\", \"name\": \"it-" + UUID.randomUUID() + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("key");
    }

    static String event(String key, String action, String dedupKey) {
        return """
                {"routing_key": "%s", "event_action": "%s", "dedup_key": "%s",
                 "payload": {"summary": "s", "source": "src", "severity": "error"}}""".formatted(key, action, dedupKey);
    }

    Response opsgenie(String path, String authorization, String body) {
        return sender().postAuthorized(path, body, authorization);
    }

    String latestIncidentOf(String service) {
        return api().get("/api/v1/incidents?service=" + service).json().path("items").get(0).path("number").asString();
    }

    long alertCount() {
        return jdbc.sql("SELECT count(*) FROM alert").query(Long.class).single();
    }

    ApiClient sender() {
        return api(null);
    }
}
