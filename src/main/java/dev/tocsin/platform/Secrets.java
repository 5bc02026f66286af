package dev.tocsin.platform;

import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets for tokens and keys: 256 bits, URL-safe, with a prefix saying what they are. */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String random(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
