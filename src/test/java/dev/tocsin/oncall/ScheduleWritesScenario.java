package dev.tocsin.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient;
import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Creating and replacing schedules over HTTP, in the shape GET shows them; what is stored is what
 * the on-call answer uses. Slugs and usernames are unique per test: the database outlives a class.
 */
abstract class ScheduleWritesScenario extends TocsinTest {

    private static final String BERLIN_WEEKLY = """
            {"slug": "%s", "organization": "customer-portal", "name": "Berlin on-call", "timeZone": "Europe/Berlin",
             "layers": [{"name": "primary", "rotation": "weekly", "start": "2026-01-05T09:00",
                         "participants": ["%s", "ken.ito"]}]}""";

    @Test
    void an_admin_creates_a_schedule_which_is_then_read_listed_and_replaced_as_a_whole() {
        String slug = unique("berlin");
        Response created = api().post("/api/v1/schedules", BERLIN_WEEKLY.formatted(slug, "maya.ortiz"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/v1/schedules/" + slug);
        JsonNode read = api().get(created.location()).json();
        assertThat(read.toString()).isEqualTo(created.json().toString());
        assertThat(read.path("layers").get(0).path("participants").toString()).isEqualTo("[\"maya.ortiz\",\"ken.ito\"]");
        assertThat(StreamSupport.stream(api().get("/api/v1/schedules").json().spliterator(), false)
                .map(s -> s.path("slug").asString())).contains(slug, "portal-on-call");

        Response updated = api().put("/api/v1/schedules/" + slug, """
                {"organization": "customer-portal", "name": "Berlin nights", "timeZone": "Europe/Berlin",
                 "layers": [{"name": "nights", "rotation": "custom", "customLength": "PT12H", "start": "2026-01-05T20:00",
                             "participants": ["ken.ito", "maya.ortiz"],
                             "restrictions": [{"days": ["friday", "monday"], "from": "22:00", "until": "06:00"}]}],
                 "overrides": [{"layer": "nights", "username": "lea.fischer", "start": "2026-12-24T13:00:00Z",
                                "end": "2026-12-25T13:00:00Z"}]}""");

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        JsonNode after = api().get("/api/v1/schedules/" + slug).json();
        assertThat(after.path("name").asString()).isEqualTo("Berlin nights");
        assertThat(after.path("layers").size()).isEqualTo(1);
        JsonNode nights = after.path("layers").get(0);
        assertThat(nights.path("name").asString()).isEqualTo("nights");
        assertThat(nights.path("customLength").asString()).isEqualTo("PT12H");
        assertThat(nights.path("restrictions").get(0).toString())
                .isEqualTo("{\"days\":[\"monday\",\"friday\"],\"from\":\"22:00:00\",\"until\":\"06:00:00\"}");
        assertThat(after.path("overrides").get(0).path("username").asString()).isEqualTo("lea.fischer");
    }

    @Test
    void a_schedule_read_with_get_can_be_sent_back_with_put_unchanged() {
        JsonNode portal = api().get("/api/v1/schedules/crm-on-call").json();
        String slug = unique("copy");
        String copy = portal.toString().replace("\"crm-on-call\"", "\"" + slug + "\"");
        assertThat(api().post("/api/v1/schedules", copy).status()).isEqualTo(201);

        Response again = api().put("/api/v1/schedules/" + slug, api().get("/api/v1/schedules/" + slug).body());

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(copy);
    }

    @Test
    void a_schedule_created_over_the_api_answers_who_is_on_call_and_follows_its_update() {
        String newcomer = unique("nora");
        assertThat(api().post("/api/v1/users", """
                {"username": "%s", "displayName": "Nora Newcomer", "organization": "customer-portal"}"""
                .formatted(newcomer)).status()).isEqualTo(201);
        String slug = unique("berlin");
        assertThat(api().post("/api/v1/schedules", BERLIN_WEEKLY.formatted(slug, newcomer)).status()).isEqualTo(201);

        // 09:30 in Berlin on Monday 12 January: week 1 of the rotation, the second participant's.
        JsonNode week1 = api().get("/api/v1/schedules/" + slug + "/on-call?at=2026-01-12T08:30:00Z").json()
                .path("layers").get(0);
        assertThat(week1.path("username").asString()).isEqualTo("ken.ito");
        assertThat(week1.path("start").asString()).isEqualTo("2026-01-12T08:00:00Z");
        assertThat(week1.path("end").asString()).isEqualTo("2026-01-19T08:00:00Z");
        JsonNode week2 = api().get("/api/v1/schedules/" + slug + "/on-call?at=2026-01-19T08:00:00Z").json()
                .path("layers").get(0);
        assertThat(week2.path("username").asString()).isEqualTo(newcomer);
        assertThat(week2.path("displayName").asString()).isEqualTo("Nora Newcomer");

        api().put("/api/v1/schedules/" + slug, BERLIN_WEEKLY.formatted(slug, "ken.ito")
                .replace("\"ken.ito\"]", "\"" + newcomer + "\"]"));
        assertThat(api().get("/api/v1/schedules/" + slug + "/on-call?at=2026-01-12T08:30:00Z").json()
                .path("layers").get(0).path("username").asString()).isEqualTo(newcomer);
    }

    @Test
    void creating_a_slug_in_use_is_a_409_and_replacing_an_unknown_schedule_a_404() {
        Response taken = api().post("/api/v1/schedules", BERLIN_WEEKLY.formatted("portal-on-call", "maya.ortiz"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.text("type")).isEqualTo("urn:tocsin:problem:already-exists");
        assertThat(api().get("/api/v1/schedules/portal-on-call").text("name")).isEqualTo("Customer Portal on-call");

        Response missing = api().put("/api/v1/schedules/no-such-schedule",
                BERLIN_WEEKLY.formatted("no-such-schedule", "maya.ortiz"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("detail")).contains("no-such-schedule");
    }

    @Test
    void mistakes_the_domain_refuses_are_422s_naming_the_field_and_nothing_is_stored() {
        String slug = unique("bad");
        String good = BERLIN_WEEKLY.formatted(slug, "maya.ortiz");
        refused(good.replace("\"ken.ito\"", "\"casper\""), "layers[0].participants[1]", "'casper'");
        refused(good.replace("Europe/Berlin", "Mars/Olympus"), "timeZone", "Mars/Olympus");
        refused(good.replace("\"weekly\"", "\"custom\""), "layers[0].customLength", "customLength");
        refused(good.replace("\"weekly\",", "\"daily\", \"customLength\": \"PT12H\","), "layers[0].customLength",
                "only for CUSTOM");
        // Its turn times the participants overflowed Duration, and GET /api/v1/on-call failed for everyone.
        refused(good.replace("\"weekly\",", "\"custom\", \"customLength\": \"PT2562047788015215H\","),
                "layers[0].customLength", "at most 365 days");
        refused(good.replace("\"weekly\"", "\"fortnightly\""), "layers[0].rotation", "fortnightly");
        refused(good.replace("customer-portal", "atlantis"), "organization", "atlantis");
        refused(good.replace("\"name\": \"Berlin on-call\", ", ""), "name", "required");
        refused(good.replace(slug, "Not A Slug"), "slug", "lowercase");
        refused(good.replace("]}]}", "]}, {\"name\": \"primary\", \"rotation\": \"daily\", \"start\": \"2026-01-05T09:00\"}]}"),
                "layers", "two layers named 'primary'");
        refused(good.replace("]}]}", "], \"restrictions\": [{\"days\": [\"funday\"], \"from\": \"09:00\", "
                + "\"until\": \"17:00\"}]}]}"), "layers[0].restrictions[0].days", "funday");
        refused(good.replace("]}]}", "], \"restrictions\": [{\"days\": [], \"from\": \"09:00\", \"until\": \"17:00\"}]}]}"),
                "layers[0].restrictions[0].days", "at least one day");
        refused(good.replace("]}]}", "]}], \"overrides\": [{\"layer\": \"backup\", \"username\": \"ken.ito\", "
                + "\"start\": \"2026-12-24T08:00:00Z\", \"end\": \"2026-12-26T08:00:00Z\"}]}"), "overrides[0].layer",
                "'backup'");
        refused(good.replace("]}]}", "]}], \"overrides\": [{\"layer\": \"primary\", \"username\": \"ken.ito\", "
                + "\"start\": \"2026-12-26T08:00:00Z\", \"end\": \"2026-12-24T08:00:00Z\"}]}"), "overrides[0].end",
                "must end after it starts");
        refused(good.replace("]}]}", "]}], \"overrides\": [{\"layer\": \"primary\", \"username\": \"casper\", "
                + "\"start\": \"2026-12-24T08:00:00Z\", \"end\": \"2026-12-26T08:00:00Z\"}]}"), "overrides[0].username",
                "'casper'");
        // Near the ends of java.time a hand-off overflows, and every on-call answer and feed failed with a 500.
        refused(good.replace("2026-01-05T09:00", "+999999999-12-31T23:59:59"), "layers[0].start", "between 1970");
        refused(good.replace("]}]}", "]}], \"overrides\": [{\"layer\": \"primary\", \"username\": \"ken.ito\", "
                + "\"start\": \"2026-12-24T08:00:00Z\", \"end\": \"+1000000000-12-31T23:59:59Z\"}]}"),
                "overrides[0].end", "between 1970");
        Response farAhead = api().get("/api/v1/schedules/portal-on-call/on-call?at=%2B1000000000-01-01T00:00:00Z");
        assertThat(farAhead.status()).as(farAhead.body()).isEqualTo(400);
        assertThat(farAhead.text("detail")).contains("between 1970");

        Response badStart = api().post("/api/v1/schedules", good.replace("2026-01-05T09:00", "next monday"));
        assertThat(badStart.status()).isEqualTo(400);
        assertThat(badStart.text("detail")).contains("layers[0].start");
        assertThat(api().get("/api/v1/schedules/" + slug).status()).isEqualTo(404);
    }

    @Test
    void viewers_and_responders_read_schedules_but_may_not_create_or_change_them() {
        for (String role : new String[] {"viewer", "responder"}) {
            ApiClient client = api(api().post("/api/v1/tokens", """
                    {"name": "%s", "role": "%s"}""".formatted(unique(role), role)).text("token"));
            assertThat(client.get("/api/v1/schedules/portal-on-call").status()).isEqualTo(200);
            assertThat(client.post("/api/v1/schedules", BERLIN_WEEKLY.formatted(unique("s"), "maya.ortiz")).status())
                    .as(role).isEqualTo(403);
            assertThat(client.put("/api/v1/schedules/portal-on-call",
                    BERLIN_WEEKLY.formatted("portal-on-call", "maya.ortiz")).status()).as(role).isEqualTo(403);
        }
        assertThat(api().get("/api/v1/schedules/portal-on-call").text("name")).isEqualTo("Customer Portal on-call");
    }

    private void refused(String body, String field, String detail) {
        Response response = api().post("/api/v1/schedules", body);
        assertThat(response.status()).as(body + " -> " + response.body()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").get(0).path("field").asString()).as(response.body()).isEqualTo(field);
        assertThat(response.text("detail")).contains(field).contains(detail);
    }

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }
}
