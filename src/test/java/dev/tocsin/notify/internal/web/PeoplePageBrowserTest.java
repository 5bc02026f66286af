package dev.tocsin.notify.internal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.Browser;
import dev.tocsin.support.TocsinTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The People page in a real headless Chromium, on a server without SMTP: the example people's
 * email cannot be used, which the page says; webhooks and rules added over the API read as
 * "first bridge at once, then second bridge after 5 min", with a webhook's secret path hidden.
 */
class PeoplePageBrowserTest extends TocsinTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private Page page;

    @BeforeEach
    void openPage() {
        page = browser.page();
    }

    @Test
    void each_person_shows_how_a_level_reaching_them_pages_them_or_why_it_cannot() {
        // People of this test's own, so no example person gains a webhook other tests would page.
        String one = person("Pat Bridge");
        String two = person("Quinn Bridges");
        webhook(one, "https://hooks.example.com/secret-path-0123", "pager bridge");
        String first = webhook(two, "https://hooks.example.com/q-a", "first bridge");
        String second = webhook(two, "https://hooks.example.com/q-b", "second bridge");
        Response rules = api().put("/api/v1/users/" + two + "/notification-rules", """
                [{"delay": "PT0S", "contactMethod": "%s"}, {"delay": "PT5M", "contactMethod": "%s"}]"""
                .formatted(first, second));
        assertThat(rules.status()).as(rules.body()).isEqualTo(200);

        browser.signIn(baseUrl());
        page.locator("nav a[href='/people']").click();
        assertThat(page).hasURL(baseUrl() + "/people");
        assertThat(page.locator("h1")).hasText("People");

        Locator maya = page.locator("tr[data-person='maya.ortiz']");
        assertThat(maya.locator(".name strong")).hasText("Maya Ortiz");
        assertThat(maya.locator(".methods li[data-type=email]")).containsText("maya.ortiz@portal.example.com");
        assertThat(maya.locator(".methods li[data-type=email] .tag")).hasText("not configured on this server");
        assertThat(maya.locator(".paging")).hasText("Not paged: this server has no channel for email");
        assertThat(maya).hasAttribute("data-pageable", "false");

        Locator pat = page.locator("tr[data-person='" + one + "']");
        assertThat(pat.locator(".methods li[data-type=webhook]")).containsText("https://hooks.example.com/…");
        assertThat(pat.locator(".methods li[data-type=webhook]")).not().containsText("secret-path");
        assertThat(pat.locator(".paging")).hasText("pager bridge at once");
        assertThat(pat).hasAttribute("data-pageable", "true");
        assertThat(page.locator("tr[data-person='" + two + "'] .paging"))
                .hasText("first bridge at once, then second bridge after 5 min");
        browser.screenshot("people");
    }

    private String person(String name) {
        String username = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "." + System.nanoTime() % 100_000;
        Response created = api().post("/api/v1/users", """
                {"username": "%s", "displayName": "%s", "organization": "customer-portal"}""".formatted(username, name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    private String webhook(String username, String address, String label) {
        Response created = api().post("/api/v1/users/" + username + "/contact-methods", """
                {"type": "webhook", "address": "%s", "label": "%s"}""".formatted(address, label));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("id");
    }
}
