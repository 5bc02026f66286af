package dev.tocsin.oncall.internal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.BoundingBox;
import dev.tocsin.oncall.Layer;
import dev.tocsin.oncall.Rotation;
import dev.tocsin.oncall.Schedule;
import dev.tocsin.oncall.ScheduleOverride;
import dev.tocsin.oncall.Schedules;
import dev.tocsin.oncall.StoredSchedule;
import dev.tocsin.oncall.TimeRestriction;
import dev.tocsin.support.Browser;
import dev.tocsin.support.TocsinTest;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The on-call pages in a real headless Chromium, at a fixed now: Wednesday 2 December 2026, 10:00
 * UTC. The example schedules hand off on Mondays at 09:00 (week 0 from 5 January is Maya's
 * primary week), so Ken Ito is primary until Monday 7 December.
 */
class SchedulePagesBrowserTest extends TocsinTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    /** Not an example: a schedule in Berlin with an override and a business-hours layer, saved by this test. */
    private static final String SLUG = "ui-portal-december";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Schedules schedules;

    private Page page;

    @BeforeEach
    void openPage() {
        page = browser.page();
        clock.set(NOW);
        var weekdays = new TimeRestriction(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                LocalTime.of(17, 0));
        schedules.save(new StoredSchedule(SLUG, "customer-portal", new Schedule("Portal on-call, December",
                ZoneId.of("Europe/Berlin"), List.of(
                        new Layer("primary", Rotation.weekly(LocalDateTime.parse("2026-01-05T09:00"),
                                List.of("maya.ortiz", "ken.ito"))),
                        new Layer("tech-lead", Rotation.weekly(LocalDateTime.parse("2026-01-05T09:00"),
                                List.of("omar.haddad", "sara.lind")), List.of(weekdays))),
                // Maya covers Thursday evening to Friday morning, Berlin time, in Ken's week.
                List.of(new ScheduleOverride("primary", "maya.ortiz", Instant.parse("2026-12-03T17:00:00Z"),
                        Instant.parse("2026-12-04T07:00:00Z"))))));
    }

    @Test
    void the_schedule_list_shows_who_is_on_call_now_on_each_layer_and_until_when() {
        browser.signIn(baseUrl());
        page.locator("nav a[href='/schedules']").click();
        assertThat(page).hasURL(baseUrl() + "/schedules");

        Locator portal = page.locator("section[data-schedule=portal-on-call]");
        assertThat(portal.locator("h2")).hasText("Customer Portal on-call");
        assertThat(portal.locator("tbody tr td.layer")).hasText(new String[] {"primary", "secondary"});
        assertThat(portal.locator("tbody tr td.person")).hasText(new String[] {"Ken Ito", "Maya Ortiz"});
        assertThat(portal.locator("tr[data-layer=primary] td.until"))
                .hasText(Pattern.compile("Mon 7 Dec 09:00\\s+\\(in 5 days\\)"));
        Locator crm = page.locator("section[data-schedule=crm-on-call]");
        assertThat(crm.locator("tr[data-layer=primary] td.person")).hasText("Tom Becker");

        // Berlin's tech lead layer keeps business hours: at 11:00 on a Wednesday, Sara until 17:00.
        Locator december = page.locator("section[data-schedule=" + SLUG + "]");
        assertThat(december.locator("tr[data-layer=tech-lead] td.person")).hasText("Sara Lind");
        assertThat(december.locator("tr[data-layer=tech-lead] td.until")).containsText("Wed 2 Dec 17:00");
        browser.screenshot("schedules");
    }

    @Test
    void a_schedule_shows_two_weeks_with_the_hand_off_on_its_day_the_override_and_the_gaps() {
        browser.signIn(baseUrl());
        page.navigate(baseUrl() + "/schedules/" + SLUG);

        assertThat(page.locator("h1")).hasText("Portal on-call, December");
        assertThat(page.locator("table.on-call tr[data-layer=primary] td.person")).hasText("Ken Ito");
        Locator days = page.locator(".tl-head .tl-day");
        assertThat(days).hasCount(14);
        assertThat(days.first()).hasText("Wed 2 Dec");
        assertThat(days.last()).hasText("Tue 15 Dec");

        Locator primary = page.locator(".tl-row[data-layer=primary] .tl-bar");
        assertThat(primary).hasText(new String[] {"Ken Ito", "Maya Ortiz", "Ken Ito", "Maya Ortiz", "Ken Ito"});
        assertThat(primary.nth(1)).hasAttribute("data-start-local", "Thu 3 Dec 18:00");
        assertThat(primary.nth(1)).hasAttribute("data-end-local", "Fri 4 Dec 08:00");
        Locator handOff = primary.nth(3);
        assertThat(handOff).hasAttribute("data-start-local", "Mon 7 Dec 09:00");
        assertThat(primary.nth(4)).hasAttribute("data-start-local", "Mon 14 Dec 09:00");
        // Drawn where it belongs: the hand-off bar starts inside Monday 7 December's column.
        assertThat(startsWithin(handOff, page.locator(".tl-head .tl-day[data-date='2026-12-07']"))).isTrue();
        assertThat(startsWithin(handOff, page.locator(".tl-head .tl-day[data-date='2026-12-06']"))).isFalse();

        // Business hours leave gaps, drawn as empty bars: evenings, nights and weekends.
        Locator techLead = page.locator(".tl-row[data-layer=tech-lead] .tl-bar");
        assertThat(techLead.first()).hasClass(Pattern.compile(".*\\bgap\\b.*"));
        assertThat(techLead.first()).hasText("");
        assertThat(techLead.nth(1)).hasText("Sara Lind");
        assertThat(techLead.nth(1)).hasAttribute("data-start-local", "Wed 2 Dec 09:00");
        assertThat(techLead.nth(1)).hasAttribute("data-end-local", "Wed 2 Dec 17:00");

        Locator override = page.locator("table.overrides tbody tr");
        assertThat(override).hasCount(1);
        assertThat(override.locator(".layer")).hasText("primary");
        assertThat(override.locator(".who")).hasText("Maya Ortiz");
        assertThat(override.locator(".replaces")).hasText("Ken Ito");
        assertThat(override.locator(".from")).hasText("Thu 3 Dec 18:00");
        assertThat(override.locator(".until")).hasText("Fri 4 Dec 08:00");
        assertThat(override).hasAttribute("data-state", "upcoming");
        browser.screenshot("schedule");
    }

    @Test
    void an_unknown_schedule_is_a_404_page() {
        browser.signIn(baseUrl());
        Response response = page.navigate(baseUrl() + "/schedules/no-such-schedule");
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("main")).containsText("no-such-schedule");
    }

    @Test
    void the_schedule_pages_need_signing_in() {
        page.navigate(baseUrl() + "/schedules");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.navigate(baseUrl() + "/schedules/portal-on-call");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    private static boolean startsWithin(Locator bar, Locator day) {
        BoundingBox b = bar.boundingBox();
        BoundingBox d = day.boundingBox();
        return b.x >= d.x && b.x < d.x + d.width;
    }
}
