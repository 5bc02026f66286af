package dev.tocsin.notify.internal.ack;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.tocsin.notify.AcknowledgeTokens;
import dev.tocsin.support.Browser;
import dev.tocsin.support.TocsinTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The acknowledge link a page carries, opened in headless Chromium by someone who is not signed in. */
class AcknowledgeFromAMessageBrowserTest extends TocsinTest {

    private static final Duration AN_HOUR = Duration.ofHours(1);

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    AcknowledgeTokens tokens;

    private Page page;

    @BeforeEach
    void openPage() {
        page = browser.page();
    }

    @Test
    void the_person_paged_opens_the_link_acknowledges_and_a_second_visit_says_it_is_done() {
        JsonNode incident = declare("Portal returns 502 for every login", "P1", "portal-bff");
        String number = incident.path("number").asString();
        String link = baseUrl() + "/ack/" + tokens.issue(id(incident), "maya.ortiz", AN_HOUR);

        Response opened = page.navigate(link);

        assertThat(opened.status()).isEqualTo(200);
        assertThat(page.locator(".ack-incident .ref")).hasText(number);
        assertThat(page.locator("h1")).hasText("Portal returns 502 for every login");
        assertThat(page.locator(".ack-incident .sev")).hasText("P1");
        assertThat(page.locator(".ack-incident .status")).hasText("triggered");
        assertThat(page.locator("nav")).hasCount(0);
        Locator button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge as Maya Ortiz"));
        assertThat(button).isVisible();
        browser.screenshot("acknowledge");

        button.click();

        assertThat(page.locator("main")).hasAttribute("data-ack", "acknowledged");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("You acknowledged " + number + " at ");
        assertThat(page.locator(".ack-incident .status")).hasText("acknowledged");
        browser.screenshot("acknowledged");
        assertThat(api().get("/api/v1/incidents/" + number).text("status")).isEqualTo("acknowledged");
        JsonNode entries = api().get("/api/v1/incidents/" + number + "/timeline").json();
        JsonNode last = entries.get(entries.size() - 1);
        assertThat(last.path("kind").asString()).isEqualTo("status_changed");
        assertThat(last.path("actor").asString()).isEqualTo("maya.ortiz (acknowledge link)");

        Response again = page.navigate(link);

        assertThat(again.status()).isEqualTo(200);
        assertThat(page.locator("main")).hasAttribute("data-ack", "already");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(
                number + " was already acknowledged by maya.ortiz (acknowledge link) at ");
        assertThat(page.getByRole(AriaRole.BUTTON)).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the incident")))
                .hasAttribute("href", "/incidents/" + number);
        assertThat(api().get("/api/v1/incidents/" + number + "/timeline").json().size()).isEqualTo(entries.size());
    }

    @Test
    void opening_the_link_alone_acknowledges_nothing() {
        JsonNode incident = declare("Redis evicting sessions", "P2", "portal-redis");
        String link = baseUrl() + "/ack/" + tokens.issue(id(incident), "maya.ortiz", AN_HOUR);

        page.navigate(link);
        page.reload();
        page.request().get(link);

        assertThat(page.locator("main")).hasAttribute("data-ack", "open");
        String number = incident.path("number").asString();
        assertThat(api().get("/api/v1/incidents/" + number).text("status")).isEqualTo("triggered");
        assertThat(api().get("/api/v1/incidents/" + number + "/timeline").json().size()).isEqualTo(1);
    }

    @Test
    void a_tampered_link_shows_the_invalid_page_and_nothing_of_the_incident() {
        JsonNode incident = declare("Salesforce sync stalled", "P2", "salesforce");
        String token = tokens.issue(id(incident), "maya.ortiz", AN_HOUR);

        Response refused = page.navigate(baseUrl() + "/ack/" + AcknowledgeLinkApiScenario.reclaim(token,
                "maya.ortiz", "sara.lind"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("This link is not valid");
        assertThat(page.locator("body")).not().containsText(incident.path("number").asString());
        assertThat(page.locator("body")).not().containsText("Salesforce");
        assertThat(page.getByRole(AriaRole.BUTTON)).hasCount(0);
    }

    @Test
    void an_expired_link_shows_when_it_expired_and_nothing_of_the_incident() {
        JsonNode incident = declare("Event processing lag", "P3", "crm-events");
        String token = tokens.issue(id(incident), "priya.nair", AN_HOUR);
        clock.advance(AN_HOUR.plusMinutes(1));

        Response gone = page.navigate(baseUrl() + "/ack/" + token);

        assertThat(gone.status()).isEqualTo(410);
        assertThat(page.locator("main")).containsText("This link expired at ");
        assertThat(page.locator("main")).containsText(" UTC — open the incident and acknowledge there.");
        assertThat(page.locator("body")).not().containsText(incident.path("number").asString());
        assertThat(page.locator("body")).not().containsText("Event processing");
        assertThat(page.getByRole(AriaRole.BUTTON)).hasCount(0);
    }

    @Test
    void a_link_to_a_resolved_incident_says_there_is_nothing_to_acknowledge() {
        JsonNode incident = declare("WHMCS invoices late", "P3", "whmcs");
        String number = incident.path("number").asString();
        String link = baseUrl() + "/ack/" + tokens.issue(id(incident), "maya.ortiz", AN_HOUR);
        api().patch("/api/v1/incidents/" + number, "{\"status\": \"resolved\"}");

        Response opened = page.navigate(link);

        assertThat(opened.status()).isEqualTo(200);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(
                number + " is already resolved; there is nothing left to acknowledge.");
        assertThat(page.getByRole(AriaRole.BUTTON)).hasCount(0);
    }

    private JsonNode declare(String title, String severity, String service) {
        var declared = api().post("/api/v1/incidents", "{\"title\": \"" + title + "\", \"severity\": \"" + severity
                + "\", \"services\": [\"" + service + "\"]}");
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        return declared.json();
    }

    private static UUID id(JsonNode incident) {
        return UUID.fromString(incident.path("id").asString());
    }
}
