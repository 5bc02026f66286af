package dev.tocsin.escalation.internal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.tocsin.identity.People;
import dev.tocsin.identity.Person;
import dev.tocsin.identity.Role;
import dev.tocsin.identity.internal.PeopleRepository;
import dev.tocsin.support.ApiClient;
import dev.tocsin.support.Browser;
import dev.tocsin.support.TocsinTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * The escalation card of an incident page in a real headless Chromium, with the escalation timers
 * running: an incident declared as detected in the past has its first level due at once. The test
 * clock stands still unless moved, so relative times are exact.
 */
@TestPropertySource(properties = "db-scheduler.enabled=true")
class IncidentEscalationBrowserTest extends TocsinTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    People people;

    @Autowired
    PeopleRepository logins;

    @Autowired
    PasswordEncoder passwords;

    private Page page;

    @BeforeEach
    void openPage() {
        page = browser.page();
    }

    @Test
    void a_declared_p1_shows_the_on_call_engineer_reached_and_the_tech_lead_next_with_its_time() {
        Instant detectedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(2));
        String number = declare("P1", "portal-bff", detectedAt);
        String onCall = primaryOnCallNow();
        browser.signIn(baseUrl());
        page.navigate(baseUrl() + "/incidents/" + number);

        Locator card = page.locator("section#escalation");
        Locator l1 = card.locator("li[data-level='L1 on-call engineer']");
        assertThat(l1).containsText("L1 on-call engineer reached");
        assertThat(l1.locator(".people")).hasText(onCall);
        assertThat(card.locator(".next")).hasText(Pattern.compile("Next: L2 tech lead\\s+in 28 min"));

        // Three minutes on: the level was reached three minutes ago, and the tech lead is 25 minutes away.
        clock.advance(Duration.ofMinutes(3));
        page.reload();
        assertThat(l1.locator("time")).hasText("3 min ago");
        assertThat(card.locator(".next")).hasText(Pattern.compile("Next: L2 tech lead\\s+in 25 min"));
        assertThat(card.locator("a")).hasText("Policy: Customer Portal");
        browser.screenshot("incident-escalation");
    }

    @Test
    void an_escalation_by_someone_else_shows_live_and_escalate_now_reaches_the_next_level() {
        Instant detectedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String number = declare("P1", "portal-bff", detectedAt);
        browser.signIn(baseUrl());
        page.navigate(baseUrl() + "/incidents/" + number);
        assertThat(page.locator("body")).hasAttribute("data-live", "connected");
        Locator card = page.locator("section#escalation");
        assertThat(card.locator("li[data-level]")).hasCount(1);
        assertThat(card.locator(".next")).hasText(Pattern.compile("Next: L2 tech lead\\s+in 30 min"));

        ApiClient.Response escalated = api().post("/api/v1/incidents/" + number + "/escalate", "");
        assertThat(escalated.status()).as(escalated.body()).isEqualTo(200);

        Locator l2 = card.locator("li[data-level='L2 tech lead']");
        assertThat(l2).containsText("by hand (");
        assertThat(l2.locator(".people")).hasText("Sara Lind");
        assertThat(card.locator(".next")).hasText(Pattern.compile("Next: L3 engineering manager\\s+in 60 min"));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Escalate now to L3 engineering manager"))
                .click();

        assertThat(page.locator("p.notice")).hasText("Escalated to L3 engineering manager.");
        Locator l3 = card.locator("li[data-level='L3 engineering manager']");
        assertThat(l3).containsText("by hand (admin)");
        assertThat(l3.locator(".people")).hasText("Omar Haddad");
        assertThat(card.locator(".next")).hasText("No further level will fall due by itself.");
        assertThat(card.getByRole(AriaRole.BUTTON)).hasText("Escalate now to L4 vendor support");
    }

    @Test
    void a_resolved_incident_offers_no_escalation() {
        String number = declare("P2", "portal-redis", clock.instant().truncatedTo(ChronoUnit.SECONDS));
        assertThat(api().patch("/api/v1/incidents/" + number, "{\"status\":\"resolved\"}").status()).isEqualTo(200);
        browser.signIn(baseUrl());
        page.navigate(baseUrl() + "/incidents/" + number);

        Locator card = page.locator("section#escalation");
        assertThat(card.locator(".next")).hasText("No further level will fall due by itself.");
        assertThat(card.locator("h2")).hasText("Escalation");
        assertThat(card.getByRole(AriaRole.BUTTON)).hasCount(0);
    }

    @Test
    void an_incident_no_policy_covers_says_that_nobody_is_reached_by_itself() {
        ApiClient.Response created = api().post("/api/v1/incidents", """
                {"title": "Office wifi down", "severity": "P3", "services": [], "organization": "customer-portal"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        browser.signIn(baseUrl());
        page.navigate(baseUrl() + "/incidents/" + created.text("number"));

        Locator card = page.locator("section#escalation");
        assertThat(card).containsText("No escalation policy covers this incident's services");
        assertThat(card.getByRole(AriaRole.BUTTON)).hasCount(0);
    }

    @Test
    void a_viewer_sees_the_escalation_but_no_button_to_escalate() {
        String number = declare("P2", "portal-bff", clock.instant().truncatedTo(ChronoUnit.SECONDS));
        people.save(new Person("ui.viewer", "Vera Viewer", "customer-portal", "Support", "vera@portal.example.com",
                null, null, ZoneOffset.UTC, Role.VIEWER));
        logins.setPasswordHash("ui.viewer", passwords.encode("viewer-password"));
        page.navigate(baseUrl() + "/login");
        page.locator("input[name=username]").fill("ui.viewer");
        page.locator("input[name=password]").fill("viewer-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.navigate(baseUrl() + "/incidents/" + number);

        Locator card = page.locator("section#escalation");
        assertThat(card.locator(".next")).hasText(Pattern.compile("Next: L2 tech lead\\s+in 30 min"));
        assertThat(card.getByRole(AriaRole.BUTTON)).hasCount(0);
    }

    @Test
    void the_escalation_card_needs_signing_in() {
        String number = declare("P3", "portal-redis", clock.instant().truncatedTo(ChronoUnit.SECONDS));
        page.navigate(baseUrl() + "/incidents/" + number + "/escalation");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    private String declare(String severity, String service, Instant detectedAt) {
        ApiClient.Response created = api().post("/api/v1/incidents", """
                {"title": "Portal login fails", "severity": "%s", "services": ["%s"], "detectedAt": "%s"}"""
                .formatted(severity, service, detectedAt));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("number");
    }

    private String primaryOnCallNow() {
        var layers = api().get("/api/v1/schedules/portal-on-call/on-call").json().path("layers");
        return StreamSupport.stream(layers.spliterator(), false)
                .filter(layer -> layer.path("layer").asString().equals("primary")).findFirst().orElseThrow()
                .path("displayName").asString();
    }
}
