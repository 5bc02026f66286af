package dev.tocsin.alert;

import java.util.Map;

/**
 * One alert event as an adapter understood it. {@code dedupKey} is the source's identity for
 * the alert (Alertmanager fingerprint, PagerDuty dedup_key, Opsgenie alias); {@code severity}
 * is the source's own word for it (critical, warning, P2), mapped by the integration.
 */
public record IncomingAlert(AlertSource source, String dedupKey, AlertAction action, String summary, String severity,
        Map<String, String> labels, Map<String, String> annotations) {

    public static final int DEDUP_KEY_MAX = 255;
    public static final int SUMMARY_MAX = 1024;
}
