package dev.tocsin.alert;

/** A new heartbeat and its key: the only time the key is shown. */
public record IssuedHeartbeat(Heartbeat heartbeat, String key) {
}
