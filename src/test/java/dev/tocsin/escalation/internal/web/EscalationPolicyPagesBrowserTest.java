package dev.tocsin.escalation.internal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.tocsin.support.Browser;
import dev.tocsin.support.TocsinTest;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The escalation policy pages in a real headless Chromium, showing the example policies. Now is
 * Wednesday 2 December 2026, in Ken Ito's week as the portal's primary on call.
 */
class EscalationPolicyPagesBrowserTest extends TocsinTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private Page page;

    @BeforeEach
    void openPage() {
        page = browser.page();
        clock.set(Instant.parse("2026-12-02T10:00:00Z"));
    }

    @Test
    void the_customer_portal_policy_shows_levels_l1_to_l4_with_their_conditions_and_services() {
        browser.signIn(baseUrl());
        page.locator("nav a[href='/escalation-policies']").click();
        assertThat(page).hasURL(baseUrl() + "/escalation-policies");
        page.locator("section[data-policy=customer-portal] h2 a").click();
        assertThat(page).hasURL(baseUrl() + "/escalation-policies/customer-portal");

        assertThat(page.locator("h1")).hasText("Customer Portal escalation");
        Locator levels = page.locator("table.levels tbody tr");
        assertThat(levels.locator(".name")).hasText(new String[] {
                "L1 on-call engineer", "L2 tech lead", "L3 engineering manager", "L4 vendor support"});
        assertThat(levels.nth(0).locator(".triggers li")).hasText(new String[] {"every incident, at once"});
        assertThat(levels.nth(1).locator(".triggers li")).hasText(new String[] {"P1 or P2 unresolved for 30 min"});
        assertThat(levels.nth(2).locator(".triggers li")).hasText(new String[] {
                "P1 unresolved for 1 h", "or customer impact"});
        assertThat(levels.nth(3).locator(".triggers li")).hasText(new String[] {"an external service affected"});

        Locator onCall = levels.nth(0).locator(".target[data-kind='on call']");
        assertThat(onCall.locator("a")).hasText("primary on call, Customer Portal on-call");
        assertThat(onCall.locator(".now")).hasText("now: Ken Ito");
        assertThat(levels.nth(1).locator(".target")).containsText("Sara Lind");
        assertThat(levels.nth(2).locator(".target")).containsText("Omar Haddad");
        assertThat(levels.nth(3).locator(".target")).containsText("support contact of each affected external service");
        assertThat(levels.nth(3).locator(".target")).containsText("Salesforce");

        assertThat(page.locator("ul.services li code")).hasText(new String[] {
                "freebit", "portal-bff", "portal-postgresql", "portal-redis", "salesforce", "whmcs"});
        assertThat(page.locator("ul.services li[data-service=whmcs] .tag")).hasText("external");
        browser.screenshot("escalation-policy");

        onCall.locator("a").click();
        assertThat(page).hasURL(baseUrl() + "/schedules/portal-on-call");
    }

    @Test
    void the_crm_policy_climbs_a_step_every_15_minutes_without_acknowledgment() {
        browser.signIn(baseUrl());
        page.navigate(baseUrl() + "/escalation-policies");
        Locator crm = page.locator("section[data-policy=crm-platform] ol.level-names li");
        assertThat(crm).hasText(new String[] {
                "1 on-call engineer — every incident, at once", "2 platform lead — unacknowledged for 15 min",
                "3 DevOps team — unacknowledged for 30 min", "4 management — unacknowledged for 45 min"});

        page.navigate(baseUrl() + "/escalation-policies/crm-platform");
        Locator devops = page.locator("table.levels tr[data-level='3 DevOps team'] .target");
        assertThat(devops).hasAttribute("data-kind", "team");
        assertThat(devops).containsText("(");
    }

    @Test
    void the_policy_pages_need_signing_in() {
        page.navigate(baseUrl() + "/escalation-policies");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.navigate(baseUrl() + "/escalation-policies/customer-portal");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void an_unknown_policy_is_a_404_page() {
        browser.signIn(baseUrl());
        Response response = page.navigate(baseUrl() + "/escalation-policies/no-such-policy");
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("main")).containsText("no-such-policy");
    }
}
