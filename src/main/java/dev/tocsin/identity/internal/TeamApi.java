package dev.tocsin.identity.internal;

import dev.tocsin.identity.People;
import dev.tocsin.identity.Team;
import dev.tocsin.platform.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Teams and their members: anyone reads (viewer), admins create and change them. */
@RestController
@RequestMapping("/api/v1/teams")
@SecurityRequirement(name = "bearer")
class TeamApi {

    private final People people;

    TeamApi(People people) {
        this.people = people;
    }

    @GetMapping
    @Operation(summary = "All teams with their members, by organization and slug")
    List<Team> list() {
        return people.teams();
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One team by slug")
    Team get(@PathVariable String slug) {
        return people.team(slug).orElseThrow(() -> Problem.notFound("Team", slug));
    }

    @PostMapping
    @Operation(summary = "Create a team (admin)", description = "409 when the slug is taken; 422 naming a member who "
            + "is not a user")
    ResponseEntity<Team> create(@Valid @RequestBody TeamRequest request) {
        if (request.slug() == null) {
            throw Problem.invalid("slug", "slug is required: lowercase letters, digits and dashes, e.g. "
                    + "portal-engineering.");
        }
        Team created = people.create(request.toTeam(request.slug()));
        return ResponseEntity.created(URI.create("/api/v1/teams/" + created.slug())).body(created);
    }

    @PutMapping("/{slug}")
    @Operation(summary = "Replace a team's details and membership (admin)", description = "404 when unknown")
    Team update(@PathVariable String slug, @Valid @RequestBody TeamRequest request) {
        if (request.members() == null) {
            // Left out, it would read as "no members", and a level that pages the team would reach nobody.
            throw Problem.invalid("members", "members is required on a PUT, which replaces the membership: list "
                    + "the members, or send [] for none.");
        }
        return people.update(request.toTeam(request.slugFor(slug)));
    }
}
