/**
 * Alert ingestion: integration keys per service, one adapter per sender (Alertmanager, Grafana,
 * PagerDuty Events v2, Opsgenie, generic JSON), all calling {@link dev.tocsin.alert.AlertIngestion}
 * which deduplicates, groups alerts into incidents, applies silences and resolves.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alert ingestion")
package dev.tocsin.alert;
