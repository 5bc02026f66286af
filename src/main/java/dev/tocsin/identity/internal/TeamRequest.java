package dev.tocsin.identity.internal;

import dev.tocsin.identity.Team;
import dev.tocsin.platform.RequestNames;
import dev.tocsin.platform.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A team as POST and PUT take it, in the shape GET shows. {@code slug} is required on POST; on PUT
 * the path names the team. {@code members} replaces the whole membership; a member's role
 * defaults to "member", as in teams.yaml.
 */
record TeamRequest(
        @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lowercase letters, digits and "
                + "dashes, e.g. portal-engineering") String slug,
        @NotBlank(message = "is required: the team's name, e.g. Customer Portal Engineering") @Size(max = 200)
        String name,
        @NotBlank(message = "is required: the slug of the team's organization, e.g. customer-portal") @Size(max = 64)
        String organization,
        @Size(max = 2000) String description,
        @Size(max = 500) List<@NotNull(message = "must be an object with a username") @Valid Member> members) {

    record Member(@NotBlank(message = "is required: a known user's username") @Size(max = 64) String username,
            @Size(max = 100) String role) {
    }

    /** Text refuses control characters, as everywhere else: PostgreSQL cannot store a NUL at all. */
    Team toTeam(String slug) {
        List<Team.Member> team = new ArrayList<>();
        for (int i = 0; i < (members == null ? 0 : members.size()); i++) {
            String role = Text.optional("members[" + i + "].role", members.get(i).role(), 100);
            team.add(new Team.Member(members.get(i).username(), role == null ? "member" : role.strip()));
        }
        String about = Text.optional("description", description, 2000);
        return new Team(slug, organization, Text.required("name", name, 200), about == null ? null : about.strip(),
                team);
    }

    /** The slug of a PUT: the path's; a different one in the body is a mistake, not a rename. */
    String slugFor(String path) {
        return RequestNames.ofPut("slug", slug, path);
    }
}
