/**
 * Notifications: pages reach people on the contact methods their notification rules name, as
 * deliveries stored in the same transaction as their cause (an escalation level reached) and sent
 * at least once, retried until delivered or given up. Channels (email, Slack, Teams, webhook, SMS,
 * voice) each implement {@link dev.tocsin.notify.spi.NotificationChannel}; adding one is adding a class.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package dev.tocsin.notify;
