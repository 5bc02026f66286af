package dev.tocsin.notify.slack;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Which Slack channel and summary message belong to an incident (table {@code slack_incident_thread}). */
final class SlackIncidentThreads {

    record Thread(UUID incidentId, String channelId, String channelName, String messageTs) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SlackIncidentThreads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Thread> find(UUID incidentId) {
        return jdbc.sql("SELECT incident_id, channel_id, channel_name, message_ts FROM slack_incident_thread"
                + " WHERE incident_id = ?").param(incidentId).query(Thread.class).optional();
    }

    void save(Thread thread) {
        jdbc.sql("INSERT INTO slack_incident_thread (incident_id, channel_id, channel_name, message_ts, created_at)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(thread.incidentId(), thread.channelId(), thread.channelName(), thread.messageTs(),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }
}
