package dev.tocsin.alert;

/** A new integration and its key: the only time the key is shown. */
public record IssuedIntegration(Integration integration, String key) {
}
