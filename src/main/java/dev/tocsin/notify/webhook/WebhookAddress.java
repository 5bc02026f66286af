package dev.tocsin.notify.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * A webhook contact method's address: the receiver's URL, optionally with its own signing secret
 * in the fragment ({@code https://example.com/tocsin#secret=…}). A fragment never goes on the
 * wire, so the secret reaches only the signature; the rest of the URL is what is requested.
 */
record WebhookAddress(URI target, Optional<String> secret) {

    static final int SECRET_MIN = 16;
    private static final String SECRET = "secret=";

    static WebhookAddress parse(String address) {
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + address + "' is not a URL: " + e.getReason());
        }
        String fragment = uri.getRawFragment();
        if (fragment != null && !fragment.startsWith(SECRET)) {
            throw new IllegalArgumentException("a webhook URL's fragment can only be #secret=<at least "
                    + SECRET_MIN + " characters>");
        }
        Optional<String> secret = Optional.ofNullable(fragment).map(f -> f.substring(SECRET.length()));
        if (secret.isPresent() && secret.get().length() < SECRET_MIN) {
            throw new IllegalArgumentException("a webhook's own signing secret needs at least " + SECRET_MIN
                    + " characters (openssl rand -hex 32)");
        }
        String withoutFragment = fragment == null ? uri.toString()
                : uri.toString().substring(0, uri.toString().indexOf('#'));
        return new WebhookAddress(URI.create(withoutFragment), secret);
    }
}
