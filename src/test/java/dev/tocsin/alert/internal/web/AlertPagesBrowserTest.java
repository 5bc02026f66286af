package dev.tocsin.alert.internal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.tocsin.support.ApiClient;
import dev.tocsin.support.Browser;
import dev.tocsin.support.TocsinTest;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The alert and silence pages in a real headless Chromium. The database is shared with other
 * test classes, so every alert, integration and silence here has a unique name and is found by it.
 */
class AlertPagesBrowserTest extends TocsinTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private Page page;

    @BeforeEach
    void openPage() {
        page = browser.page();
    }

    @Test
    void an_alertmanager_alert_shows_on_the_alert_list_and_in_its_incidents_alerts_card() {
        String key = integration("portal-redis");
        String name = unique("UiRedisDown");
        String fingerprint = unique("fp-ui");
        JsonNode first = alertmanager(key, "firing", fingerprint, name, "critical");
        assertThat(first.path("outcome").asString()).isEqualTo("opened");
        String number = first.path("incident").asString();
        assertThat(alertmanager(key, "firing", fingerprint, name, "critical").path("outcome").asString())
                .isEqualTo("deduplicated");

        browser.signIn(baseUrl());
        page.navigate(baseUrl() + "/alerts");
        Locator row = alertRow(fingerprint);
        assertThat(row).hasAttribute("data-status", "firing");
        assertThat(row.locator(".status")).hasText("firing");
        assertThat(row.locator(".sev")).hasText("P1");
        assertThat(row.locator(".summary")).hasText(name + " summary");
        assertThat(row.locator(".source")).hasText("alertmanager");
        assertThat(row.locator(".service")).hasText("portal-redis");
        assertThat(row.locator(".chip")).hasText(new String[] {"alertname=" + name, "severity=critical"});
        assertThat(row.locator(".count")).hasText("2");
        assertThat(row.locator(".first-seen time")).hasText(Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC"));
        assertThat(row.locator(".last-seen")).containsText("ago");
        assertThat(row.locator(".incident a")).hasText(number);
        browser.screenshot("alerts");

        page.locator("select[name=status]").selectOption("resolved");
        assertThat(page).hasURL(Pattern.compile(".*status=resolved.*"));
        assertThat(row).hasCount(0);

        page.navigate(baseUrl() + "/alerts");
        row.locator(".incident a").click();
        assertThat(page).hasURL(baseUrl() + "/incidents/" + number);
        assertThat(page.locator("body")).hasAttribute("data-live", "connected");
        Locator card = page.locator("section#alerts");
        assertThat(card.locator("h2")).hasText("Alerts");
        Locator cardRow = card.locator("tr[data-dedup-key='" + fingerprint + "']");
        assertThat(cardRow.locator(".count")).hasText("2");
        assertThat(cardRow.locator(".source")).hasText("alertmanager");
        assertThat(cardRow.locator(".chip")).hasText(new String[] {"alertname=" + name, "severity=critical"});
        assertThat(card.locator("tbody tr")).hasCount(1);
        // The same row as the list's, less the columns that would only repeat this incident.
        assertThat(cardRow.locator("td")).hasCount(card.locator("thead th").count());
        assertThat(cardRow.locator(".service, .incident")).hasCount(0);

        // Another alert of the same service joins the incident; the card follows the live timeline.
        String second = unique("fp-ui");
        JsonNode joined = alertmanager(key, "firing", second, unique("UiRedisSlow"), "warning");
        assertThat(joined.path("outcome").asString()).isEqualTo("joined");
        assertThat(card.locator("tbody tr")).hasCount(2);
        assertThat(card.locator("tr[data-dedup-key='" + second + "'] .sev")).hasText("P3");
        browser.screenshot("incident-alerts");

        // Resolved: the list's filter now finds it, with a third event counted.
        alertmanager(key, "resolved", fingerprint, name, "critical");
        page.navigate(baseUrl() + "/alerts?status=resolved");
        assertThat(row).hasAttribute("data-status", "resolved");
        assertThat(row.locator(".count")).hasText("3");
    }

    @Test
    void an_incident_declared_by_hand_says_it_has_no_alerts() {
        ApiClient.Response created = api().post("/api/v1/incidents",
                "{\"title\":\"Hand-declared, no alerts\",\"severity\":\"P3\",\"services\":[\"portal-redis\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        browser.signIn(baseUrl());
        page.navigate(baseUrl() + "/incidents/" + created.text("number"));

        assertThat(page.locator("section#alerts")).containsText("No alerts: declared by hand.");
    }

    @Test
    void a_silence_made_in_the_form_silences_a_matching_alert_until_it_is_ended() {
        String name = unique("UiSilenced");
        String comment = unique("Failover drill");
        browser.signIn(baseUrl());
        page.navigate(baseUrl() + "/silences");
        page.locator("select[name=kind]").selectOption("maintenance");
        page.locator("input[name=comment]").fill(comment);
        page.locator("select[name=services]").selectOption("portal-redis");
        page.locator("textarea[name=matchers]").fill("alertname=" + name + "\n\n");
        page.locator("select[name=duration]").selectOption("PT4H");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create silence")).click();

        assertThat(page).hasURL(baseUrl() + "/silences");
        assertThat(page.locator("p.notice")).containsText(comment);
        assertThat(page.locator("p.error")).hasCount(0);
        Locator row = silenceRow(comment);
        assertThat(row).hasAttribute("data-state", "active");
        assertThat(row).hasAttribute("data-kind", "maintenance");
        assertThat(row.locator(".matchers .chip")).hasText("alertname=" + name);
        assertThat(row.locator(".services")).hasText("portal-redis");
        // The end is stored to the microsecond, a hair under 4 h away; rounded as a person would, still "in 4 h".
        assertThat(row.locator(".ends .small")).hasText("in 4 h");
        assertThat(row.locator(".created")).containsText("admin");
        browser.screenshot("silences");

        JsonNode stored = silence(comment);
        assertThat(Instant.parse(stored.path("endsAt").asString()))
                .isEqualTo(Instant.parse(stored.path("startsAt").asString()).plusSeconds(4 * 3600));

        String key = integration("portal-redis");
        String fingerprint = unique("fp-ui-silenced");
        JsonNode silenced = alertmanager(key, "firing", fingerprint, name, "critical");
        assertThat(silenced.path("outcome").asString()).isEqualTo("silenced");
        assertThat(silenced.path("incident").isMissingNode() || silenced.path("incident").isNull())
                .as(silenced.toString()).isTrue();

        page.navigate(baseUrl() + "/alerts");
        Locator alert = alertRow(fingerprint);
        assertThat(alert.locator(".incident")).hasText("silenced");
        assertThat(alert.locator(".incident a.silenced")).hasAttribute("title", "Silenced by: " + comment);
        assertThat(alert.locator(".incident a:not(.silenced)")).hasCount(0);

        page.navigate(baseUrl() + "/silences");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("End now")).click();
        assertThat(page.locator("p.notice")).hasText("Silence ended.");
        assertThat(row).hasAttribute("data-state", "ended");
        assertThat(row.getByRole(AriaRole.BUTTON)).hasCount(0);
        assertThat(Instant.parse(silence(comment).path("endsAt").asString())).isBeforeOrEqualTo(clock.instant());
    }

    @Test
    void a_silence_form_with_its_end_before_its_start_or_without_a_comment_shows_the_error_and_creates_nothing() {
        String comment = unique("Backwards window");
        browser.signIn(baseUrl());
        page.navigate(baseUrl() + "/silences");
        page.locator("input[name=comment]").fill(comment);
        page.locator("textarea[name=matchers]").fill("alertname=" + unique("UiNever"));
        page.locator("select[name=services]").selectOption("portal-redis");
        page.locator("input[name=startsAt]").fill("2030-01-02T10:00");
        page.locator("input[name=endsAt]").fill("2030-01-02T09:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create silence")).click();

        assertThat(page).hasURL(baseUrl() + "/silences");
        assertThat(page.locator("p.error[role=alert]")).containsText("endsAt must come after startsAt");
        assertThat(page.locator("input[name=comment]")).hasValue(comment);
        assertThat(page.locator("input[name=startsAt]")).hasValue("2030-01-02T10:00");
        assertThat(page.locator("select[name=services]")).hasValues(new String[] {"portal-redis"});
        assertThat(silenceRow(comment)).hasCount(0);

        page.locator("input[name=comment]").fill("   ");
        page.locator("input[name=endsAt]").fill("2030-01-02T11:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create silence")).click();
        assertThat(page.locator("p.error[role=alert]")).hasText("comment is required.");

        page.locator("input[name=comment]").fill(comment);
        page.locator("textarea[name=matchers]").fill("just-a-word");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create silence")).click();
        assertThat(page.locator("p.error[role=alert]")).containsText("Matcher 'just-a-word' is not name=value");

        // Tampered forms: a kind and a service the page never offers.
        page.locator("textarea[name=matchers]").fill("alertname=" + unique("UiNever"));
        page.locator("select[name=kind] option[value=silence]").evaluate("o => o.value = 'sleeping'");
        page.locator("select[name=kind]").selectOption("sleeping");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create silence")).click();
        assertThat(page.locator("p.error[role=alert]")).hasText("kind cannot be 'sleeping'; use one of [silence, maintenance].");

        page.locator("select[name=services] option[value=portal-redis]").evaluate("o => o.value = 'no-such-service'");
        page.locator("select[name=services]").selectOption("no-such-service");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create silence")).click();
        assertThat(page.locator("p.error[role=alert]"))
                .containsText("Unknown service 'no-such-service'; known services: [");

        assertThat(silenceRow(comment)).hasCount(0);
        assertThat(api().get("/api/v1/silences").body()).doesNotContain(comment);
        assertThat(page.navigate(baseUrl() + "/alerts?status=sleeping").status()).isEqualTo(400);
        assertThat(page.locator("main")).containsText("must be firing or resolved");
    }

    @Test
    void ending_a_silence_without_the_csrf_token_is_refused() {
        String comment = unique("Kept silence");
        ApiClient.Response created = api().post("/api/v1/silences", """
                {"kind":"silence","comment":"%s","matchers":{"alertname":"%s"},"endsAt":"%s"}"""
                .formatted(comment, unique("UiKept"), clock.instant().plusSeconds(3600)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        browser.signIn(baseUrl());
        page.navigate(baseUrl() + "/silences");

        Object status = page.evaluate("id => fetch('/silences/' + id + '/end', {method: 'POST'}).then(r => r.status)",
                created.text("id"));

        assertThat(status).isEqualTo(403);
        assertThat(silenceRow(comment)).hasAttribute("data-state", "active");
        assertThat(api().delete("/api/v1/silences/" + created.text("id")).status()).isEqualTo(204);
    }

    private String integration(String service) {
        ApiClient.Response created = api().post("/api/v1/integrations",
                "{\"service\":\"%s\",\"name\":\"%s\"}".formatted(service, unique("ui")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("key");
    }

    /** Sends one alert the way Alertmanager's webhook does, without a token; answers its one result. */
    private JsonNode alertmanager(String key, String status, String fingerprint, String alertname, String severity) {
        ApiClient.Response response = new ApiClient(port, null).post("/api/v1/integrations/" + key + "/alertmanager",
                """
                {"version":"4","status":"%1$s","alerts":[{"status":"%1$s","fingerprint":"%2$s",
                 "labels":{"alertname":"%3$s","severity":"%4$s"},"annotations":{"summary":"%3$s summary"}}]}"""
                        .formatted(status, fingerprint, alertname, severity));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("results").get(0);
    }

    private JsonNode silence(String comment) {
        return StreamSupport.stream(api().get("/api/v1/silences").json().spliterator(), false)
                .filter(s -> s.path("comment").asString().equals(comment)).findFirst()
                .orElseThrow(() -> new AssertionError("no silence '" + comment + "'"));
    }

    private Locator alertRow(String fingerprint) {
        return page.locator("table.alerts tr[data-dedup-key='" + fingerprint + "']");
    }

    private Locator silenceRow(String comment) {
        return page.locator("table.silences tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("td.comment", new Page.LocatorOptions().setHasText(comment))));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
