package dev.tocsin.identity.internal;

import dev.tocsin.catalog.Catalog;
import dev.tocsin.catalog.Organization;
import dev.tocsin.identity.People;
import dev.tocsin.platform.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** People who can be paged: anyone reads (viewer), admins create and change them. */
@RestController
@RequestMapping("/api/v1/users")
@SecurityRequirement(name = "bearer")
class UserApi {

    private final People people;
    private final Catalog catalog;

    UserApi(People people, Catalog catalog) {
        this.people = people;
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "All users, by username")
    List<UserView> list() {
        return people.people().stream().map(UserView::of).toList();
    }

    @GetMapping("/{username}")
    @Operation(summary = "One user by username")
    UserView get(@PathVariable String username) {
        return people.person(username).map(UserView::of).orElseThrow(() -> Problem.notFound("User", username));
    }

    @PostMapping
    @Operation(summary = "Create a user (admin)", description = "409 when the username is taken; timeZone defaults "
            + "to the organization's, role to responder")
    ResponseEntity<UserView> create(@Valid @RequestBody UserRequest request) {
        if (request.username() == null) {
            throw Problem.invalid("username", "username is required: lowercase letters, digits, dots, dashes or "
                    + "underscores, e.g. maya.ortiz.");
        }
        var created = people.create(request.toPerson(request.username(), zoneOf(request.organization())));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(UserView.of(created));
    }

    @PutMapping("/{username}")
    @Operation(summary = "Replace a user's details (admin)", description = "Every editable field is replaced; fields "
            + "left out become empty or their default. A sign-in password is kept. 404 when unknown")
    UserView update(@PathVariable String username, @Valid @RequestBody UserRequest request) {
        return UserView.of(people.update(request.toPerson(request.usernameFor(username),
                zoneOf(request.organization()))));
    }

    private Supplier<ZoneId> zoneOf(String organization) {
        return () -> catalog.organization(organization).map(Organization::timeZone).orElse(ZoneOffset.UTC);
    }
}
