package dev.tocsin.identity.internal;

import dev.tocsin.identity.Person;
import dev.tocsin.identity.Role;
import dev.tocsin.platform.RequestNames;
import dev.tocsin.platform.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * A user as POST and PUT take it: the fields GET shows, so a client can read, edit and send back.
 * {@code username} is required on POST; on PUT the path names the user and the body may repeat it.
 */
record UserRequest(
        @Size(max = 64) @Pattern(regexp = USERNAME, message = "must be lowercase letters, digits, dots, dashes or "
                + "underscores, starting with a letter or digit, e.g. maya.ortiz") String username,
        @NotBlank(message = "is required: the name people see, e.g. Maya Ortiz") @Size(max = 200) String displayName,
        @NotBlank(message = "is required: the slug of the user's organization, e.g. customer-portal") @Size(max = 64)
        String organization,
        @Size(max = 200) String title,
        @Email(message = "must be an email address, e.g. maya.ortiz@example.com") @Size(max = 320) String email,
        @Size(max = 40) String phone,
        @Size(max = 100) String chatHandle,
        @Size(max = 64) String timeZone,
        Role role) {

    static final String USERNAME = "[a-z0-9][a-z0-9._-]*";

    /** The person; the time zone defaults to the organization's, the role to responder. */
    Person toPerson(String username, Supplier<ZoneId> organizationZone) {
        // Text refuses control characters, as everywhere else: PostgreSQL cannot store a NUL at all.
        return new Person(username, Text.required("displayName", displayName, 200), organization,
                text("title", title, 200), text("email", email, 320), text("phone", phone, 40),
                text("chatHandle", chatHandle, 100), zone(organizationZone), role == null ? Role.RESPONDER : role);
    }

    /** The username of a PUT: the path's; a different one in the body is a mistake, not a rename. */
    String usernameFor(String path) {
        return RequestNames.ofPut("username", username, path);
    }

    private ZoneId zone(Supplier<ZoneId> organizationZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return organizationZone.get();
        }
        return RequestNames.zone("timeZone", timeZone);
    }

    private static String text(String field, String value, int max) {
        String text = Text.optional(field, value, max);
        return text == null ? null : text.strip();
    }
}
