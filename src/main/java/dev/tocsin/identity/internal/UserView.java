package dev.tocsin.identity.internal;

import dev.tocsin.identity.Person;
import dev.tocsin.identity.Role;

/** A user as the API shows it: contact details and role, never a password or its hash. */
record UserView(String username, String displayName, String organization, String title, String email, String phone,
        String chatHandle, String timeZone, Role role) {

    static UserView of(Person p) {
        return new UserView(p.username(), p.displayName(), p.organization(), p.title(), p.email(), p.phone(),
                p.chatHandle(), p.timeZone().getId(), p.role());
    }
}
