package dev.tocsin.notify.internal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.tocsin.support.ApiClient;
import dev.tocsin.support.Browser;
import dev.tocsin.support.TocsinTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The notifications card of an incident page in a real headless Chromium, with the timers running
 * and a real SMTP server: the on-call engineer's email shows as sent, with channel and level.
 */
@TestPropertySource(properties = "db-scheduler.enabled=true")
class IncidentNotificationsBrowserTest extends TocsinTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @RegisterExtension
    static final Browser browser = new Browser();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    private Page page;

    @BeforeEach
    void openPage() {
        page = browser.page();
    }

    @Test
    void the_card_shows_the_on_call_engineers_email_as_sent() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ApiClient.Response created = api().post("/api/v1/incidents", """
                {"title": "Portal login fails", "severity": "P1", "services": ["portal-bff"], "detectedAt": "%s"}"""
                .formatted(now));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String number = created.text("number");
        browser.signIn(baseUrl());
        page.navigate(baseUrl() + "/incidents/" + number);

        Locator card = page.locator("section#notifications");
        Locator row = card.locator("tr[data-status='sent']");
        assertThat(row).hasCount(1);
        assertThat(row).containsText("email");
        assertThat(row).containsText("L1 on-call engineer");
        assertThat(row.locator("td").last()).containsText("sent");
        assertThat(card.locator("h2")).hasText("Notifications");
        browser.screenshot("incident-notifications");
    }

    @Test
    void an_incident_nobody_was_paged_for_says_so() {
        ApiClient.Response created = api().post("/api/v1/incidents", """
                {"title": "Office wifi down", "severity": "P3", "services": [], "organization": "customer-portal"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        browser.signIn(baseUrl());
        page.navigate(baseUrl() + "/incidents/" + created.text("number"));

        assertThat(page.locator("section#notifications")).containsText("Nobody has been paged for this incident.");
    }

    @Test
    void the_notifications_card_needs_signing_in() {
        page.navigate(baseUrl() + "/incidents/INC-1/notifications");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }
}
