package dev.tocsin.oncall.internal;

import dev.tocsin.identity.People;
import dev.tocsin.oncall.Schedules;
import dev.tocsin.platform.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Subscription links for the calendar feeds (viewer): the feed's URL with a signed key, since
 * calendar apps cannot send a token. The link is a secret: whoever holds it reads the feed.
 */
@RestController
@RequestMapping("/api/v1")
@SecurityRequirement(name = "bearer")
class CalendarLinkApi {

    /** {@code url} for any app that takes an address; {@code webcal} opens the subscribe dialog of a calendar app. */
    record CalendarLink(String url, String webcal) {
    }

    private final Schedules schedules;
    private final People people;
    private final FeedSigner signer;

    CalendarLinkApi(Schedules schedules, People people, FeedSigner signer) {
        this.schedules = schedules;
        this.people = people;
        this.signer = signer;
    }

    @GetMapping("/schedules/{slug}/calendar-link")
    @Operation(summary = "A secret subscription link to a schedule's calendar feed")
    CalendarLink schedule(@PathVariable String slug) {
        schedules.schedule(slug).orElseThrow(() -> Problem.notFound("Schedule", slug));
        return link(FeedPaths.schedule(slug), "schedules", slug);
    }

    @GetMapping("/users/{username}/calendar-link")
    @Operation(summary = "A secret subscription link to one person's calendar feed across every schedule")
    CalendarLink user(@PathVariable String username) {
        people.person(username).orElseThrow(() -> Problem.notFound("User", username));
        return link(FeedPaths.user(username), "users", username);
    }

    /**
     * The host and scheme are the ones this request came in on; behind a proxy that ends TLS, set
     * {@code server.forward-headers-strategy} so that they are the public ones.
     */
    private CalendarLink link(String path, String collection, String name) {
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .pathSegment("api", "v1", collection, name, "calendar.ics")
                .queryParam("key", signer.sign(path))
                .encode()
                .toUriString();
        return new CalendarLink(url, "webcal" + url.substring(url.indexOf(':')));
    }
}
