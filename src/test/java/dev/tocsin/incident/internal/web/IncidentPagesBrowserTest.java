package dev.tocsin.incident.internal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.tocsin.support.ApiClient;
import dev.tocsin.support.Browser;
import dev.tocsin.support.TocsinTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The web UI in a real headless Chromium, against the application on its random port. */
class IncidentPagesBrowserTest extends TocsinTest {

    private static final Pattern INCIDENT_URL = Pattern.compile(".*/incidents/(INC-\\d+)$");

    @RegisterExtension
    static final Browser browser = new Browser();

    private Page page;

    @BeforeEach
    void openPage() {
        page = browser.page();
    }

    @Test
    void a_responder_declares_an_incident_acknowledges_it_and_sees_the_timeline_grow() {
        browser.signIn(baseUrl());
        page.navigate(baseUrl() + "/incidents/new");
        page.locator("input[name=title]").fill("Portal returns 502 for every login");
        page.locator("input[name=severity][value=P1]").check();
        page.locator("input[name=services][value=portal-bff]").check();
        page.locator("select[name=detectionSource]").selectOption("customer_report");
        page.locator("input[name=customerImpact]").check();
        page.locator("input[name=impact]").fill("Customers cannot sign in");
        page.locator("textarea[name=summary]").fill("Login page answers 502 since the last deploy.");
        browser.screenshot("declare-incident");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Declare incident")).click();

        assertThat(page).hasURL(INCIDENT_URL);
        Locator entries = timelineEntries();
        assertThat(status()).hasText("triggered");
        assertThat(entries).hasCount(1);
        assertThat(entries.nth(0)).hasAttribute("data-kind", "declared");

        page.locator("button[data-status=acknowledged]").click();
        assertThat(status()).hasText("acknowledged");
        assertThat(entries).hasCount(2);
        assertThat(entries.nth(1)).hasAttribute("data-kind", "status_changed");

        page.locator("textarea[name=text]").fill("Rolled back the BFF to the previous release.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add note")).click();
        assertThat(entries).hasCount(3);
        assertThat(entries.nth(2)).hasAttribute("data-kind", "note");
        assertThat(entries.nth(2)).containsText("Rolled back the BFF");

        page.getByText("Verify hash chain").click();
        assertThat(page.locator("#verify")).hasText("✓ 3 entries verified");
        browser.screenshot("incident");
    }

    @Test
    void an_open_incident_page_updates_live_when_someone_else_changes_it() {
        String number = declareThroughApi("Redis evicting sessions", "P2", "portal-redis");
        browser.signIn(baseUrl());
        page.navigate(baseUrl() + "/incidents/" + number);
        assertThat(page.locator("body")).hasAttribute("data-live", "connected");
        Locator entries = timelineEntries();
        assertThat(entries).hasCount(1);

        ApiClient api = api();
        assertThat(api.patch("/api/v1/incidents/" + number, "{\"status\":\"acknowledged\"}").status()).isEqualTo(200);
        assertThat(entries).hasCount(2);
        assertThat(entries.nth(1)).hasAttribute("data-kind", "status_changed");
        assertThat(status()).hasText("acknowledged");

        assertThat(api.post("/api/v1/incidents/" + number + "/notes", "{\"text\":\"Raised maxmemory\"}").status())
                .isEqualTo(201);
        assertThat(entries).hasCount(3);
        assertThat(entries.nth(2)).hasAttribute("data-kind", "note");
        assertThat(entries.nth(2)).containsText("Raised maxmemory");
        assertThat(page.locator("main")).hasAttribute("data-incident", number);
    }

    @Test
    void the_severity_policy_page_shows_both_seed_tables() {
        browser.signIn(baseUrl());
        page.navigate(baseUrl() + "/severities");

        Locator portal = page.locator("section[data-organization=customer-portal] tbody tr");
        assertThat(portal.locator("td:nth-child(1)")).hasText(new String[] {
                "P1 Critical", "P2 High", "P3 Medium", "P4 Low"});
        assertThat(portal.locator("td:nth-child(2)")).hasText(new String[] {
                "Complete service outage or data loss", "Major feature unavailable",
                "Degraded performance or partial outage", "Minor issue, workaround available"});
        assertThat(portal.locator("td:nth-child(3)")).hasText(new String[] {
                "15 minutes", "1 hour", "4 hours", "24 hours"});

        Locator crm = page.locator("section[data-organization=crm-platform] tbody tr");
        assertThat(crm.locator("td:nth-child(1)")).hasText(new String[] {
                "P1 Critical", "P2 High", "P3 Medium", "P4 Low"});
        assertThat(crm.locator("td:nth-child(2)")).hasText(new String[] {
                "Complete outage, data loss", "Major feature broken", "Minor feature issue", "Non-urgent bug"});
        assertThat(crm.locator("td:nth-child(3)")).hasText(new String[] {
                "15 minutes", "1 hour", "4 hours", "next business day"});
        browser.screenshot("severities");
    }

    @Test
    void the_incident_list_shows_open_incidents_first_by_severity() {
        String p3 = declareThroughApi("WHMCS invoices slow", "P3", "whmcs");
        String p1 = declareThroughApi("WHMCS unreachable", "P1", "whmcs");
        browser.signIn(baseUrl());
        page.navigate(baseUrl() + "/incidents");
        browser.screenshot("incident-list");
        // Other test classes share the database; filtering on one service keeps both rows on page one.
        page.locator("select[name=service]").selectOption("whmcs");
        assertThat(page).hasURL(Pattern.compile(".*service=whmcs.*"));

        Locator p1Row = incidentRow(p1);
        Locator p3Row = incidentRow(p3);
        assertThat(p1Row).isVisible();
        assertThat(p3Row).isVisible();
        List<String> order = page.locator("table.incidents tbody tr").all().stream()
                .map(row -> row.getAttribute("data-incident")).toList();
        assertThat(order.indexOf(p1)).isLessThan(order.indexOf(p3));

        assertThat(api().patch("/api/v1/incidents/" + p3, "{\"status\":\"resolved\"}").status()).isEqualTo(200);
        page.reload();
        assertThat(p1Row).isVisible();
        assertThat(p3Row).hasCount(0);
    }

    @Test
    void a_bad_declaration_shows_what_to_fix() {
        long before = incidentTotal();
        browser.signIn(baseUrl());
        page.navigate(baseUrl() + "/incidents/new");
        page.locator("input[name=title]").fill("Everything is on fire");
        page.locator("input[name=severity][value=P2]").check();
        page.locator("input[name=services][value=portal-bff]").check();
        page.locator("input[name=services][value=crm-backend]").check();

        Response response = page.waitForResponse(r -> r.request().method().equals("POST"),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Declare incident"))
                        .click());

        assertThat(response.status()).isEqualTo(422);
        assertThat(page.locator("p.error[role=alert]")).containsText("different organizations");
        assertThat(page.locator("input[name=title]")).hasValue("Everything is on fire");
        assertThat(page.locator("input[name=services][value=crm-backend]")).isChecked();
        assertThat(incidentTotal()).isEqualTo(before);
    }

    @Test
    void a_blank_note_or_an_unknown_status_is_refused_on_the_page_and_stores_nothing() {
        String number = declareThroughApi("Rate limiting not working", "P3", "portal-redis");
        browser.signIn(baseUrl());
        page.navigate(baseUrl() + "/incidents/" + number);
        Locator entries = timelineEntries();
        assertThat(entries).hasCount(1);

        page.locator("textarea[name=text]").fill("   ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add note")).click();
        assertThat(page.locator("p.error[role=alert]")).hasText("text is required.");

        // A tampered form: the acknowledge button posting a status that does not exist.
        page.locator("form:has(button[data-status=acknowledged]) input[name=status]")
                .evaluate("input => input.value = 'sleeping'");
        page.locator("button[data-status=acknowledged]").click();
        assertThat(page.locator("p.error[role=alert]")).containsText("status cannot be 'sleeping'");
        assertThat(entries).hasCount(1);
        assertThat(status()).hasText("triggered");
    }

    @Test
    void a_form_post_without_the_csrf_token_is_refused() {
        String number = declareThroughApi("Authentication failing", "P2", "portal-redis");
        browser.signIn(baseUrl());
        page.navigate(baseUrl() + "/incidents/" + number);

        Object status = page.evaluate("ref => fetch('/incidents/' + ref + '/notes', {method: 'POST', "
                + "body: new URLSearchParams({text: 'forged'})}).then(r => r.status)", number);

        assertThat(status).isEqualTo(403);
        assertThat(api().get("/api/v1/incidents/" + number + "/timeline").json().size()).isEqualTo(1);
    }

    @Test
    void signing_in_with_a_wrong_password_is_refused() {
        page.navigate(baseUrl() + "/login");
        page.locator("input[name=username]").fill("admin");
        page.locator("input[name=password]").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.getByText("Wrong user name or password.")).isVisible();
        page.navigate(baseUrl() + "/incidents");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void an_unknown_incident_shows_a_404_page() {
        browser.signIn(baseUrl());
        Response response = page.navigate(baseUrl() + "/incidents/INC-999");

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("main")).containsText("There is no incident 'INC-999'.");
    }

    private String declareThroughApi(String title, String severity, String service) {
        ApiClient.Response created = api().post("/api/v1/incidents", """
                {"title":"%s","severity":"%s","services":["%s"]}""".formatted(title, severity, service));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("number");
    }

    private long incidentTotal() {
        return api().get("/api/v1/incidents").json().path("total").asLong();
    }

    private Locator status() {
        return page.locator("#incident-state .status");
    }

    private Locator timelineEntries() {
        return page.locator("#timeline li[data-seq]");
    }

    private Locator incidentRow(String number) {
        return page.locator("table.incidents tr[data-incident='" + number + "']");
    }
}
