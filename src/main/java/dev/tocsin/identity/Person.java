package dev.tocsin.identity;

import java.time.ZoneId;

/** Someone who can be paged; with a password also someone who can sign in. */
public record Person(String username, String displayName, String organization, String title, String email,
        String phone, String chatHandle, ZoneId timeZone, Role role) {
}
