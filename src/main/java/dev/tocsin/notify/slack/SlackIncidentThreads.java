package dev.tocsin.notify.slack;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/** Which Slack channel and summary message belong to an incident (table {@code slack_incident_thread}). */
final class SlackIncidentThreads {

    record Thread(UUID incidentId, String channelId, String channelName, String messageTs) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionOperations ownTransaction;

    /** {@code ownTransaction} commits a claim by itself, visible to every other listener at once. */
    SlackIncidentThreads(JdbcClient jdbc, Clock clock, TransactionOperations ownTransaction) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = ownTransaction;
    }

    /** True for the one caller that may open the incident's channel; false when another has claimed it. */
    boolean claim(UUID incidentId) {
        Integer inserted = ownTransaction.execute(status -> jdbc.sql(
                "INSERT INTO slack_channel_claim (incident_id, claimed_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(incidentId, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update());
        return inserted != null && inserted == 1;
    }

    /** Gives the claim back after opening the channel failed, so a retry may claim it again. */
    void release(UUID incidentId) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("DELETE FROM slack_channel_claim WHERE incident_id = ?")
                .param(incidentId).update());
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
