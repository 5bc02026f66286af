package dev.tocsin.oncall.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.oncall.Layer;
import dev.tocsin.oncall.Rotation;
import dev.tocsin.oncall.Schedule;
import dev.tocsin.oncall.ScheduleOverride;
import dev.tocsin.oncall.Schedules;
import dev.tocsin.oncall.StoredSchedule;
import dev.tocsin.oncall.TimeRestriction;
import dev.tocsin.oncall.internal.ICalendarText.Event;
import dev.tocsin.platform.SigningSecrets;
import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The calendar feeds over HTTP, on Wednesday 2 December 2026 at noon UTC: the default window runs
 * from 25 November 12:00 to 31 January 12:00. In the example's portal-on-call, Maya and Ken hand
 * primary and secondary over on Mondays at 09:00 UTC; Ken is primary the week of 30 November.
 */
abstract class CalendarFeedScenario extends TocsinTest {

    private static final String PORTAL_FEED = "/api/v1/schedules/portal-on-call/calendar.ics";
    private static final String MAYA_FEED = "/api/v1/users/maya.ortiz/calendar.ics";
    private static final String PRIMARY = " (Customer Portal on-call · primary)";
    private static final String SECONDARY = " (Customer Portal on-call · secondary)";

    @Autowired
    Schedules schedules;

    @BeforeEach
    void wednesdayNoon() {
        clock.set(Instant.parse("2026-12-02T12:00:00Z"));
    }

    @Test
    void the_schedule_feed_shows_the_weekly_hand_off_with_the_right_people_and_instants() {
        Response response = api().get(PORTAL_FEED);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualToIgnoringCase("text/calendar;charset=utf-8");

        ICalendarText feed = ICalendarText.parse(response.body());
        assertThat(feed.calendar().get("X-WR-CALNAME")).isEqualTo("Customer Portal on-call");
        List<Event> primary = feed.events().stream().filter(e -> e.summary().endsWith(PRIMARY)).toList();
        List<Event> secondary = feed.events().stream().filter(e -> e.summary().endsWith(SECONDARY)).toList();
        assertThat(primary.subList(0, 3)).extracting(Event::seen).containsExactly(
                List.of("On call: Maya Ortiz" + PRIMARY, "2026-11-23T09:00:00Z", "2026-11-30T09:00:00Z"),
                List.of("On call: Ken Ito" + PRIMARY, "2026-11-30T09:00:00Z", "2026-12-07T09:00:00Z"),
                List.of("On call: Maya Ortiz" + PRIMARY, "2026-12-07T09:00:00Z", "2026-12-14T09:00:00Z"));
        assertThat(secondary.subList(0, 3)).extracting(Event::seen).containsExactly(
                List.of("On call: Ken Ito" + SECONDARY, "2026-11-23T09:00:00Z", "2026-11-30T09:00:00Z"),
                List.of("On call: Maya Ortiz" + SECONDARY, "2026-11-30T09:00:00Z", "2026-12-07T09:00:00Z"),
                List.of("On call: Ken Ito" + SECONDARY, "2026-12-07T09:00:00Z", "2026-12-14T09:00:00Z"));
        // Ten weekly shifts per layer reach into the window, the last to Monday 1 February 09:00.
        assertThat(feed.events()).hasSize(20);
        assertThat(primary).hasSize(10);
        assertThat(primary.getLast().end()).isEqualTo(Instant.parse("2027-02-01T09:00:00Z"));
        for (int i = 1; i < primary.size(); i++) {
            assertThat(primary.get(i).start()).isEqualTo(primary.get(i - 1).end());
            assertThat(primary.get(i).summary()).isNotEqualTo(primary.get(i - 1).summary());
        }
        assertThat(feed.events()).extracting(e -> e.get("DTSTAMP")).containsOnly("20261202T120000Z");
        assertThat(feed.events()).extracting(e -> e.get("UID")).doesNotHaveDuplicates();
    }

    @Test
    void the_same_shift_keeps_its_uid_from_one_day_to_the_next_so_apps_update_it() {
        List<Event> wednesday = ICalendarText.parse(api().get(PORTAL_FEED).body()).events();
        clock.set(Instant.parse("2026-12-03T12:00:00Z"));
        List<Event> thursday = ICalendarText.parse(api().get(PORTAL_FEED).body()).events();

        // Every shift of Wednesday's feed is in Thursday's, whole and under the same UID; the window
        // now also reaches Monday 1 February's hand-off, one more shift per layer.
        assertThat(thursday).extracting(e -> e.get("UID") + " " + e.seen())
                .containsAll(wednesday.stream().map(e -> e.get("UID") + " " + e.seen()).toList())
                .hasSize(wednesday.size() + 2);
    }

    @Test
    void an_override_is_the_overriding_persons_event_and_time_outside_restrictions_is_none() {
        String slug = "desk-" + UUID.randomUUID().toString().substring(0, 8);
        var weekdays = new TimeRestriction(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                LocalTime.of(17, 0));
        schedules.save(new StoredSchedule(slug, "customer-portal", new Schedule("Desk", ZoneOffset.UTC,
                List.of(new Layer("day", Rotation.daily(LocalDateTime.parse("2026-11-30T09:00"), List.of("sara.lind")),
                        List.of(weekdays))),
                List.of(new ScheduleOverride("day", "omar.haddad", Instant.parse("2026-12-02T12:00:00Z"),
                        Instant.parse("2026-12-02T14:00:00Z"))))));

        Response response = api().get("/api/v1/schedules/" + slug
                + "/calendar.ics?from=2026-12-02T00:00:00Z&until=2026-12-07T00:00:00Z");

        assertThat(ICalendarText.parse(response.body()).events()).extracting(Event::seen).containsExactly(
                List.of("On call: Sara Lind (Desk · day)", "2026-12-02T09:00:00Z", "2026-12-02T12:00:00Z"),
                List.of("On call: Omar Haddad (Desk · day)", "2026-12-02T12:00:00Z", "2026-12-02T14:00:00Z"),
                List.of("On call: Sara Lind (Desk · day)", "2026-12-02T14:00:00Z", "2026-12-02T17:00:00Z"),
                List.of("On call: Sara Lind (Desk · day)", "2026-12-03T09:00:00Z", "2026-12-03T17:00:00Z"),
                List.of("On call: Sara Lind (Desk · day)", "2026-12-04T09:00:00Z", "2026-12-04T17:00:00Z"));
    }

    @Test
    void a_persons_feed_holds_only_their_shifts_from_every_layer() {
        Response response = api().get(MAYA_FEED);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualToIgnoringCase("text/calendar;charset=utf-8");

        ICalendarText feed = ICalendarText.parse(response.body());
        assertThat(feed.calendar().get("X-WR-CALNAME")).isEqualTo("On call: Maya Ortiz");
        assertThat(feed.events()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.summary()).startsWith("On call: Maya Ortiz (");
            assertThat(e.get("DESCRIPTION")).contains("(maya.ortiz)").doesNotContain("ken.ito");
        });
        // On the portal schedule she alternates between primary and secondary, week by week.
        List<Event> portal = feed.events().stream().filter(e -> e.summary().contains("Customer Portal on-call"))
                .toList();
        assertThat(portal.subList(0, 4)).extracting(Event::seen).containsExactly(
                List.of("On call: Maya Ortiz" + PRIMARY, "2026-11-23T09:00:00Z", "2026-11-30T09:00:00Z"),
                List.of("On call: Maya Ortiz" + SECONDARY, "2026-11-30T09:00:00Z", "2026-12-07T09:00:00Z"),
                List.of("On call: Maya Ortiz" + PRIMARY, "2026-12-07T09:00:00Z", "2026-12-14T09:00:00Z"),
                List.of("On call: Maya Ortiz" + SECONDARY, "2026-12-14T09:00:00Z", "2026-12-21T09:00:00Z"));
        assertThat(portal).hasSize(10);

        assertThat(api().get("/api/v1/users/nobody-here/calendar.ics").status()).isEqualTo(404);
    }

    @Test
    void a_signed_link_reads_the_feed_without_a_token() {
        String viewer = viewerToken();
        JsonNode link = api(viewer).get("/api/v1/schedules/portal-on-call/calendar-link").json();
        String url = link.path("url").asString();
        assertThat(url).matches("\\Q" + baseUrl() + PORTAL_FEED + "?key=\\E[A-Za-z0-9_-]{43}");
        assertThat(link.path("webcal").asString()).isEqualTo("webcal" + url.substring("http".length()));

        Response anonymous = api(null).get(url.substring(baseUrl().length()));
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.contentType()).startsWith("text/calendar");
        assertThat(ICalendarText.parse(anonymous.body()).events()).hasSize(20);

        String mayaUrl = api(viewer).get("/api/v1/users/maya.ortiz/calendar-link").text("url");
        assertThat(mayaUrl).startsWith(baseUrl() + MAYA_FEED + "?key=");
        Response maya = api(null).get(mayaUrl.substring(baseUrl().length()));
        assertThat(maya.status()).isEqualTo(200);
        assertThat(ICalendarText.parse(maya.body()).events())
                .allSatisfy(e -> assertThat(e.summary()).startsWith("On call: Maya Ortiz ("));
    }

    @Test
    void a_tampered_or_borrowed_key_is_refused_and_no_key_without_a_token_is_a_401() throws Exception {
        String key = key(api().get("/api/v1/schedules/portal-on-call/calendar-link").text("url"));
        String tampered = (key.charAt(5) == 'A' ? 'B' : 'A') + "";
        tampered = key.substring(0, 5) + tampered + key.substring(6);

        Response refused = api(null).get(PORTAL_FEED + "?key=" + tampered);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("type")).isEqualTo("urn:tocsin:problem:invalid-calendar-key");
        assertThat(refused.text("detail")).contains("GET /api/v1/schedules/portal-on-call/calendar-link");

        // A key of one feed opens no other: not the user's feed, not another schedule's.
        assertThat(api(null).get(MAYA_FEED + "?key=" + key).status()).isEqualTo(403);
        assertThat(api(null).get("/api/v1/schedules/crm-on-call/calendar.ics?key=" + key).status()).isEqualTo(403);

        for (String feed : List.of(PORTAL_FEED, MAYA_FEED, "/api/v1/schedules/nothing-here/calendar.ics")) {
            Response none = api(null).get(feed);
            assertThat(none.status()).as(feed).isEqualTo(401);
            assertThat(none.contentType()).startsWith("application/problem+json");
            assertThat(none.text("detail")).contains("Authorization: Bearer").contains("calendar-link");
        }
        // A bad token is refused whatever key comes with it.
        assertThat(api("tcn_not-a-real-token").get(PORTAL_FEED + "?key=" + key).status()).isEqualTo(401);

        // A calendar app asks for text/calendar; a refusal still comes back as problem details.
        HttpResponse<String> app = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + PORTAL_FEED + "?key=" + tampered)).header("Accept", "text/calendar").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(app.statusCode()).isEqualTo(403);
        assertThat(app.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        HttpResponse<String> nothing = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(baseUrl() + PORTAL_FEED)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(nothing.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void a_link_stays_the_same_and_still_checks_after_a_restart() {
        String first = api().get("/api/v1/schedules/portal-on-call/calendar-link").text("url");
        String second = api(viewerToken()).get("/api/v1/schedules/portal-on-call/calendar-link").text("url");
        assertThat(second).isEqualTo(first);

        // A node started afresh reads the secret kept in the database, and makes the same key.
        var restarted = new FeedSigner(() -> new SigningSecrets(jdbc, clock).secret(FeedSigner.SECRET_NAME));
        assertThat(restarted.sign(FeedPaths.schedule("portal-on-call"))).isEqualTo(key(first));
        assertThat(jdbc.sql("SELECT count(*) FROM signing_secret WHERE name = 'calendar'").query(Long.class).single())
                .isEqualTo(1L);
    }

    @Test
    void a_bad_or_too_long_window_is_a_400_and_unknown_feeds_are_404() {
        Response bad = api().get(PORTAL_FEED + "?from=last-week");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("detail")).contains("'from'").contains("last-week");
        Response tooLong = api().get(PORTAL_FEED + "?from=2026-01-01T00:00:00Z&until=2027-06-01T00:00:00Z");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text("detail")).contains("366 days");

        assertThat(api().get("/api/v1/schedules/nothing-here/calendar.ics").status()).isEqualTo(404);
        assertThat(api().get("/api/v1/schedules/nothing-here/calendar-link").status()).isEqualTo(404);
        assertThat(api().get("/api/v1/users/nobody-here/calendar-link").status()).isEqualTo(404);
        assertThat(api(null).get("/api/v1/schedules/portal-on-call/calendar-link").status()).isEqualTo(401);
    }

    private String viewerToken() {
        return api().post("/api/v1/tokens", """
                {"name": "calendar-viewer-%s", "role": "viewer"}""".formatted(UUID.randomUUID())).text("token");
    }

    private static String key(String url) {
        return url.substring(url.indexOf("?key=") + "?key=".length());
    }
}
