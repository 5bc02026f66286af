package dev.tocsin.identity;

import java.util.UUID;

/** The only moment the secret exists outside its holder: it is stored hashed. */
public record IssuedToken(UUID id, String name, Role role, String token) {
}
