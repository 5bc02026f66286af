package dev.tocsin.alert;

/** What a sender says about an alert. */
public enum AlertAction {
    FIRING,
    ACKNOWLEDGED,
    RESOLVED
}
