package dev.tocsin.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient;
import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Alerts in through every sender's format, on H2 and on PostgreSQL. */
abstract class AlertIngestionScenario extends TocsinTest {

    @Test
    void an_alertmanager_alert_opens_one_incident_with_the_mapped_severity_and_repeats_only_count() {
        String key = integration("portal-redis", "{}");
        Response first = alertmanager(key, "firing", alert("firing", "fp-redis-down", "RedisDown", "critical"));
        assertThat(first.status()).isEqualTo(200);
        String number = first.json().path("results").get(0).path("incident").asString();
        assertThat(first.json().path("results").get(0).path("outcome").asString()).isEqualTo("opened");

        JsonNode incident = api().get("/api/v1/incidents/" + number).json();
        assertThat(incident.path("severity").asString()).isEqualTo("P1");
        assertThat(incident.path("detectionSource").asString()).isEqualTo("alert");
        assertThat(incident.path("services").toString()).isEqualTo("[\"portal-redis\"]");
        assertThat(incident.path("title").asString()).isEqualTo("RedisDown on portal-redis");

        Response repeat = alertmanager(key, "firing", alert("firing", "fp-redis-down", "RedisDown", "critical"));
        assertThat(repeat.json().path("results").get(0).path("outcome").asString()).isEqualTo("deduplicated");
        assertThat(alertsOf(incident)).singleElement()
                .satisfies(a -> assertThat(a.path("count").asLong()).isEqualTo(2));
        assertThat(kinds(number)).containsExactly("declared", "alert_fired");
    }

    @Test
    void alerts_of_one_service_join_its_open_incident_and_a_partial_resolve_resolves_only_that_alert() {
        String key = integration("portal-postgresql", "{}");
        String number = alertmanager(key, "firing", alert("firing", "fp-db-1", "DatabaseDown", "critical"))
                .json().path("results").get(0).path("incident").asString();
        // Time passes between notifications: with no window set, the group stays open as long as its incident.
        clock.advance(Duration.ofHours(3));
        Response second = alertmanager(key, "firing", alert("firing", "fp-db-1", "DatabaseDown", "critical"),
                alert("firing", "fp-db-2", "TooManyConnections", "warning"));
        assertThat(second.json().path("results").get(1).path("outcome").asString()).isEqualTo("joined");
        assertThat(second.json().path("results").get(1).path("incident").asString()).isEqualTo(number);

        Response partial = alertmanager(key, "firing", alert("resolved", "fp-db-1", "DatabaseDown", "critical"),
                alert("firing", "fp-db-2", "TooManyConnections", "warning"));
        assertThat(partial.json().path("results").get(0).path("outcome").asString()).isEqualTo("resolved");
        assertThat(partial.json().path("results").get(1).path("outcome").asString()).isEqualTo("deduplicated");

        assertThat(kinds(number)).containsExactly("declared", "alert_fired", "alert_fired", "alert_resolved");
        assertThat(api().get("/api/v1/incidents/" + number).text("status")).isEqualTo("triggered");
    }

    @Test
    void the_alerts_list_shows_the_newest_first_and_a_repeat_does_not_move_an_alert_up() {
        String key = integration("crm-worker", "{}");
        alertmanager(key, "firing", alert("firing", "fp-older", "QueueBacklog", "warning"));
        clock.advance(Duration.ofMinutes(1));
        alertmanager(key, "firing", alert("firing", "fp-newer", "WorkerDown", "warning"));
        clock.advance(Duration.ofMinutes(1));
        alertmanager(key, "firing", alert("firing", "fp-older", "QueueBacklog", "warning"));

        List<String> listed = StreamSupport.stream(api().get("/api/v1/alerts").json().spliterator(), false)
                .map(a -> a.path("dedupKey").asString()).filter(k -> k.startsWith("fp-older") || k.startsWith("fp-newer"))
                .toList();
        assertThat(listed).containsExactly("fp-newer", "fp-older");
    }

    @Test
    void without_a_window_the_integration_says_so_and_groups_while_the_incident_is_open() {
        Response created = api().post("/api/v1/integrations", "{\"service\": \"crm-backend\", \"name\": \"nowindow-"
                + UUID.randomUUID() + "\"}");
        assertThat(created.json().path("integration").path("groupWindow").isNull()).isTrue();
    }

    @Test
    void with_auto_resolve_the_incident_resolves_when_its_last_alert_does() {
        String key = integration("freebit", "{\"autoResolve\": true}");
        String number = alertmanager(key, "firing", alert("firing", "fp-fb", "FreebitApiErrors", "error"))
                .json().path("results").get(0).path("incident").asString();
        assertThat(api().get("/api/v1/incidents/" + number).text("severity")).isEqualTo("P2");

        alertmanager(key, "resolved", alert("resolved", "fp-fb", "FreebitApiErrors", "error"));

        JsonNode incident = api().get("/api/v1/incidents/" + number).json();
        assertThat(incident.path("status").asString()).isEqualTo("resolved");
        assertThat(kinds(number)).endsWith("alert_resolved", "status_changed");
    }

    @Test
    void grouping_by_labels_opens_one_incident_per_label_value() {
        String key = integration("crm-backend", "{\"groupLabels\": [\"alertname\"]}");
        String a = alertmanager(key, "firing", alert("firing", "fp-g1", "PodCrashLooping", "warning"))
                .json().path("results").get(0).path("incident").asString();
        String b = alertmanager(key, "firing", alert("firing", "fp-g2", "HighLatency", "warning"))
                .json().path("results").get(0).path("incident").asString();
        String c = alertmanager(key, "firing", alert("firing", "fp-g3", "PodCrashLooping", "warning"))
                .json().path("results").get(0).path("incident").asString();
        assertThat(a).isNotEqualTo(b);
        assertThat(c).isEqualTo(a);
    }

    @Test
    void outside_the_grouping_window_a_new_alert_opens_a_new_incident() {
        String key = integration("crm-worker", "{\"groupWindow\": \"PT10M\"}");
        String first = alertmanager(key, "firing", alert("firing", "fp-w1", "QueueGrowing", "warning"))
                .json().path("results").get(0).path("incident").asString();
        clock.advance(Duration.ofMinutes(11));
        String second = alertmanager(key, "firing", alert("firing", "fp-w2", "QueueGrowing", "warning"))
                .json().path("results").get(0).path("incident").asString();
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void a_silenced_alert_is_recorded_but_opens_no_incident_until_the_silence_ends() {
        String key = integration("social-publishing", "{}");
        Response silence = api().post("/api/v1/silences", """
                {"kind": "maintenance", "comment": "Token rotation", "services": ["social-publishing"],
                 "matchers": {"alertname": "PublishFailed"}, "endsAt": "%s"}"""
                .formatted(clock.instant().plus(Duration.ofHours(1))));
        assertThat(silence.status()).isEqualTo(201);
        long incidents = incidentCount();

        Response silenced = alertmanager(key, "firing", alert("firing", "fp-s1", "PublishFailed", "critical"));
        assertThat(silenced.json().path("results").get(0).path("outcome").asString()).isEqualTo("silenced");
        assertThat(incidentCount()).isEqualTo(incidents);
        assertThat(api().get("/api/v1/alerts").body()).contains("fp-s1");

        Response other = alertmanager(key, "firing", alert("firing", "fp-s2", "TokenExpired", "critical"));
        assertThat(other.json().path("results").get(0).path("outcome").asString()).isEqualTo("opened");

        assertThat(api().delete("/api/v1/silences/" + silence.text("id")).status()).isEqualTo(204);
        clock.advance(Duration.ofSeconds(1));
        alertmanager(key, "resolved", alert("resolved", "fp-s1", "PublishFailed", "critical"));
        Response again = alertmanager(key, "firing", alert("firing", "fp-s1", "PublishFailed", "critical"));
        assertThat(again.json().path("results").get(0).path("outcome").asString()).isIn("opened", "joined");
    }

    @Test
    void a_silence_for_a_service_the_catalog_does_not_know_is_refused_with_the_known_ones() {
        Response refused = api().post("/api/v1/silences", """
                {"kind": "silence", "comment": "Typo in the slug", "services": ["portal-rediss"], "endsAt": "%s"}"""
                .formatted(clock.instant().plus(Duration.ofHours(1))));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("services");
        assertThat(refused.text("detail")).startsWith("Unknown service 'portal-rediss'; known services: [")
                .contains("portal-redis", "crm-backend");
        assertThat(api().get("/api/v1/silences").body()).doesNotContain("Typo in the slug");
    }

    @Test
    void blank_matcher_names_matcher_values_or_service_entries_are_refused_and_store_nothing() {
        String end = clock.instant().plus(Duration.ofHours(1)).toString();
        record Case(String fields, String field, String detail) {
        }
        List<Case> cases = List.of(
                new Case("\"matchers\": {\"\": \"RedisDown\"}", "matchers", "A matcher has a blank label name"),
                new Case("\"matchers\": {\"  \": \"RedisDown\"}", "matchers", "A matcher has a blank label name"),
                new Case("\"matchers\": {\"alertname\": \"\"}", "matchers", "Matcher 'alertname' has a blank value"),
                new Case("\"matchers\": {\"alertname\": \" \"}", "matchers", "Matcher 'alertname' has a blank value"),
                new Case("\"matchers\": {\"alertname\": null}", "matchers", "Matcher 'alertname' has a blank value"),
                new Case("\"services\": [\"portal-redis\", \"\"]", "services", "services has a blank entry"),
                new Case("\"services\": [\"  \"]", "services", "services has a blank entry"),
                new Case("\"services\": [null]", "services", "services has a blank entry"));
        for (Case c : cases) {
            Response refused = api().post("/api/v1/silences", """
                    {"kind": "silence", "comment": "Blank parts", %s, "endsAt": "%s"}""".formatted(c.fields(), end));
            assertThat(refused.status()).as(c.fields() + " -> " + refused.body()).isEqualTo(422);
            assertThat(refused.json().path("errors").get(0).path("field").asString()).as(c.fields())
                    .isEqualTo(c.field());
            assertThat(refused.text("detail")).as(c.fields()).contains(c.detail());
        }
        assertThat(api().get("/api/v1/silences").body()).doesNotContain("Blank parts");
    }

    @Test
    void cancelling_an_upcoming_silence_expires_it_at_once_without_it_ever_applying() {
        String key = integration("portal-bff", "{}");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Response upcoming = api().post("/api/v1/silences", """
                {"kind": "maintenance", "comment": "Release tonight", "services": ["portal-bff"],
                 "startsAt": "%s", "endsAt": "%s"}""".formatted(now.plus(Duration.ofHours(2)),
                now.plus(Duration.ofHours(3))));
        assertThat(upcoming.status()).as(upcoming.body()).isEqualTo(201);

        clock.advance(Duration.ofMinutes(10));
        assertThat(api().delete("/api/v1/silences/" + upcoming.text("id")).status()).isEqualTo(204);

        // As Alertmanager expires a pending silence: it starts and ends now, so it is over, never was active.
        JsonNode cancelled = silence(upcoming.text("id"));
        Instant startsAt = Instant.parse(cancelled.path("startsAt").asString());
        Instant endsAt = Instant.parse(cancelled.path("endsAt").asString());
        assertThat(endsAt).isEqualTo(startsAt).isEqualTo(now.plus(Duration.ofMinutes(10)));
        assertThat(api().delete("/api/v1/silences/" + upcoming.text("id")).status()).isEqualTo(404);

        clock.advance(Duration.ofHours(2));
        Response during = alertmanager(key, "firing", alert("firing", "fp-cancelled", "BffDown", "critical"));
        assertThat(during.json().path("results").get(0).path("outcome").asString()).isIn("opened", "joined");
    }

    @Test
    void the_same_alert_sent_by_many_senders_at_once_is_one_alert_in_one_incident() throws Exception {
        String key = integration("crm-postgresql", "{}");
        List<Response> responses = parallel(20, i -> alertmanager(key, "firing",
                alert("firing", "fp-race", "ConnectionsExhausted", "critical")));
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        List<String> incidents = responses.stream()
                .map(r -> r.json().path("results").get(0).path("incident").asString()).distinct().toList();
        assertThat(incidents).hasSize(1);
        JsonNode alerts = api().get("/api/v1/alerts?incident=" + incidentId(incidents.getFirst())).json();
        assertThat(alerts.size()).isEqualTo(1);
        assertThat(alerts.get(0).path("count").asLong()).isEqualTo(20);
    }

    @Test
    void different_alerts_of_one_group_arriving_together_share_one_incident() throws Exception {
        String key = integration("salesforce", "{}");
        List<Response> responses = parallel(20, i -> alertmanager(key, "firing",
                alert("firing", "fp-storm-" + i, "PlatformEventsStalled", "error")));
        assertThat(responses.stream().map(r -> r.json().path("results").get(0).path("incident").asString())
                .distinct()).hasSize(1);
    }

    // --- helpers -------------------------------------------------------------------------------

    String integration(String service, String settings) {
        JsonNode body = tools.jackson.databind.json.JsonMapper.builder().build().readTree(settings);
        ((tools.jackson.databind.node.ObjectNode) body).put("service", service).put("name", "it-" + UUID.randomUUID());
        Response created = api().post("/api/v1/integrations", body.toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("key");
    }

    Response alertmanager(String key, String status, String... alerts) {
        return api(null).post("/api/v1/integrations/" + key + "/alertmanager", """
                {"version": "4", "groupKey": "{}:{}", "status": "%s", "receiver": "tocsin",
                 "alerts": [%s]}""".formatted(status, String.join(",", alerts)));
    }

    static String alert(String status, String fingerprint, String alertname, String severity) {
        return """
                {"status": "%s", "fingerprint": "%s", "labels": {"alertname": "%s", "severity": "%s"},
                 "annotations": {"summary": "%s on %s"}, "startsAt": "2026-11-23T09:00:00Z"}"""
                .formatted(status, fingerprint, alertname, severity, alertname,
                        fingerprint.startsWith("fp-redis") ? "portal-redis" : "service");
    }

    List<String> kinds(String number) {
        return StreamSupport.stream(api().get("/api/v1/incidents/" + number + "/timeline").json().spliterator(), false)
                .map(e -> e.path("kind").asString()).toList();
    }

    List<JsonNode> alertsOf(JsonNode incident) {
        return StreamSupport.stream(api().get("/api/v1/alerts?incident=" + incident.path("id").asString()).json()
                .spliterator(), false).toList();
    }

    JsonNode silence(String id) {
        return StreamSupport.stream(api().get("/api/v1/silences").json().spliterator(), false)
                .filter(s -> s.path("id").asString().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no silence " + id));
    }

    String incidentId(String number) {
        return api().get("/api/v1/incidents/" + number).text("id");
    }

    long incidentCount() {
        return api().get("/api/v1/incidents").json().path("total").asLong();
    }

    static <T> List<T> parallel(int count, java.util.function.IntFunction<T> task) throws Exception {
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Callable<T>> calls = IntStream.range(0, count).<Callable<T>>mapToObj(i -> () -> task.apply(i)).toList();
            List<T> results = new java.util.ArrayList<>();
            for (var future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        }
    }

    ApiClient sender() {
        return api(null);
    }
}
