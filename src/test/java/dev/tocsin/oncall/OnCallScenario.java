package dev.tocsin.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The example organizations' schedules over HTTP: Maya and Ken hand the Customer Portal's primary
 * and secondary over on Mondays at 09:00 UTC (week 0 from 5 January 2026 is Maya's primary week).
 */
abstract class OnCallScenario extends TocsinTest {

    @Autowired
    Schedules schedules;

    @Test
    void the_example_schedules_are_listed_with_their_layers() {
        JsonNode list = api().get("/api/v1/schedules").json();
        assertThat(slugs(list)).contains("crm-on-call", "portal-on-call");

        JsonNode portal = api().get("/api/v1/schedules/portal-on-call").json();
        assertThat(portal.path("organization").asString()).isEqualTo("customer-portal");
        assertThat(portal.path("timeZone").asString()).isEqualTo("UTC");
        JsonNode primary = portal.path("layers").get(0);
        assertThat(primary.path("name").asString()).isEqualTo("primary");
        assertThat(primary.path("rotation").asString()).isEqualTo("weekly");
        assertThat(primary.path("start").asString()).startsWith("2026-01-05T09:00");
        assertThat(primary.path("participants").toString()).isEqualTo("[\"maya.ortiz\",\"ken.ito\"]");
        assertThat(portal.path("layers").get(1).path("participants").toString())
                .isEqualTo("[\"ken.ito\",\"maya.ortiz\"]");
    }

    @Test
    void primary_and_secondary_hand_off_on_monday_at_nine() {
        clock.set(Instant.parse("2026-11-30T08:59:59Z"));
        JsonNode before = api().get("/api/v1/schedules/portal-on-call/on-call").json();
        assertThat(before.path("at").asString()).isEqualTo("2026-11-30T08:59:59Z");
        assertThat(shift(before, 0)).isEqualTo(List.of("primary", "maya.ortiz", "Maya Ortiz",
                "2026-11-23T09:00:00Z", "2026-11-30T09:00:00Z"));
        assertThat(shift(before, 1)).isEqualTo(List.of("secondary", "ken.ito", "Ken Ito",
                "2026-11-23T09:00:00Z", "2026-11-30T09:00:00Z"));

        clock.advance(Duration.ofSeconds(1));
        JsonNode after = api().get("/api/v1/schedules/portal-on-call/on-call").json();
        assertThat(shift(after, 0)).isEqualTo(List.of("primary", "ken.ito", "Ken Ito",
                "2026-11-30T09:00:00Z", "2026-12-07T09:00:00Z"));
        assertThat(shift(after, 1)).isEqualTo(List.of("secondary", "maya.ortiz", "Maya Ortiz",
                "2026-11-30T09:00:00Z", "2026-12-07T09:00:00Z"));
    }

    @Test
    void at_asks_about_another_time_and_unbounded_ends_are_null_with_a_flag() {
        JsonNode beforeStart = api().get("/api/v1/schedules/crm-on-call/on-call?at=2025-12-24T12:00:00Z").json()
                .path("layers").get(0);
        assertThat(beforeStart.path("gap").asBoolean()).isTrue();
        assertThat(beforeStart.path("username").isNull()).isTrue();
        assertThat(beforeStart.path("start").isNull()).isTrue();
        assertThat(beforeStart.path("sinceScheduleStart").asBoolean()).isTrue();
        assertThat(beforeStart.path("end").asString()).isEqualTo("2026-01-05T09:00:00Z");
        assertThat(beforeStart.path("endless").asBoolean()).isFalse();

        String slug = "solo-" + UUID.randomUUID().toString().substring(0, 8);
        schedules.save(new StoredSchedule(slug, "crm-platform", new Schedule("Solo", ZoneId.of("Europe/Berlin"),
                List.of(new Layer("primary", Rotation.daily(LocalDateTime.of(2026, 1, 1, 9, 0),
                        List.of("nina.petrova")))))));
        JsonNode solo = api().get("/api/v1/schedules/" + slug + "/on-call?at=2026-06-01T00:00:00Z").json()
                .path("layers").get(0);
        assertThat(solo.path("username").asString()).isEqualTo("nina.petrova");
        assertThat(solo.path("start").asString()).isEqualTo("2026-01-01T08:00:00Z");
        assertThat(solo.path("end").isNull()).isTrue();
        assertThat(solo.path("endless").asBoolean()).isTrue();
    }

    @Test
    void a_schedule_shows_custom_lengths_restrictions_and_overrides_as_written() {
        String slug = "nights-" + UUID.randomUUID().toString().substring(0, 8);
        schedules.save(new StoredSchedule(slug, "customer-portal", new Schedule("Nights", ZoneId.of("Asia/Tokyo"),
                List.of(new Layer("nights", Rotation.custom(Duration.ofHours(12), LocalDateTime.of(2026, 1, 5, 20, 0),
                        List.of("ken.ito", "maya.ortiz")), List.of(new TimeRestriction(
                                java.util.EnumSet.of(java.time.DayOfWeek.FRIDAY, java.time.DayOfWeek.MONDAY),
                                java.time.LocalTime.of(22, 0), java.time.LocalTime.of(6, 0))))),
                List.of(new ScheduleOverride("nights", "lea.fischer", Instant.parse("2026-12-24T13:00:00Z"),
                        Instant.parse("2026-12-25T13:00:00Z"))))));

        JsonNode nights = api().get("/api/v1/schedules/" + slug).json();
        JsonNode layer = nights.path("layers").get(0);
        assertThat(layer.path("rotation").asString()).isEqualTo("custom");
        assertThat(layer.path("customLength").asString()).isEqualTo("PT12H");
        assertThat(layer.path("restrictions").get(0).toString())
                .isEqualTo("{\"days\":[\"monday\",\"friday\"],\"from\":\"22:00:00\",\"until\":\"06:00:00\"}");
        assertThat(nights.path("overrides").get(0).toString()).isEqualTo("{\"layer\":\"nights\",\"username\":"
                + "\"lea.fischer\",\"start\":\"2026-12-24T13:00:00Z\",\"end\":\"2026-12-25T13:00:00Z\"}");
        JsonNode christmas = api().get("/api/v1/schedules/" + slug + "/on-call?at=2026-12-24T23:00:00Z").json();
        assertThat(shift(christmas, 0)).isEqualTo(List.of("nights", "lea.fischer", "Lea Fischer",
                "2026-12-24T13:00:00Z", "2026-12-25T13:00:00Z"));
    }

    @Test
    void on_call_lists_every_schedule_now() {
        clock.set(Instant.parse("2026-12-01T12:00:00Z"));
        JsonNode everyone = api().get("/api/v1/on-call").json();
        JsonNode crm = StreamSupport.stream(everyone.spliterator(), false)
                .filter(s -> s.path("schedule").asString().equals("crm-on-call")).findFirst().orElseThrow();
        assertThat(shift(crm, 0)).isEqualTo(List.of("primary", "tom.becker", "Tom Becker",
                "2026-11-30T09:00:00Z", "2026-12-07T09:00:00Z"));
        assertThat(StreamSupport.stream(everyone.spliterator(), false).map(s -> s.path("schedule").asString()))
                .contains("crm-on-call", "portal-on-call");
    }

    @Test
    void a_bad_instant_is_a_400_and_an_unknown_schedule_a_404() {
        Response bad = api().get("/api/v1/schedules/portal-on-call/on-call?at=tomorrow");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.text("detail")).contains("'at'").contains("2026-11-30T09:00:00Z").contains("tomorrow");
        assertThat(api().get("/api/v1/on-call?at=2026-13-01T00:00:00Z").status()).isEqualTo(400);

        Response missing = api().get("/api/v1/schedules/nothing-here/on-call");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("detail")).contains("nothing-here");
        assertThat(api().get("/api/v1/schedules/nothing-here").status()).isEqualTo(404);
    }

    @Test
    void a_viewer_may_read_schedules_and_who_is_on_call() {
        String token = api().post("/api/v1/tokens", """
                {"name": "viewer-%s", "role": "viewer"}""".formatted(UUID.randomUUID())).text("token");
        assertThat(api(token).get("/api/v1/schedules").status()).isEqualTo(200);
        assertThat(api(token).get("/api/v1/on-call").status()).isEqualTo(200);
        assertThat(api(null).get("/api/v1/on-call").status()).isEqualTo(401);
    }

    private static List<String> shift(JsonNode onCall, int layer) {
        JsonNode shift = onCall.path("layers").get(layer);
        return List.of(shift.path("layer").asString(), shift.path("username").asString(),
                shift.path("displayName").asString(), shift.path("start").asString(), shift.path("end").asString());
    }

    private static List<String> slugs(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(s -> s.path("slug").asString()).toList();
    }
}
