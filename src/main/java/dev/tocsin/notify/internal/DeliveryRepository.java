package dev.tocsin.notify.internal;

import dev.tocsin.notify.ContactMethodType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The delivery outbox. Rows waiting to be sent are claimed with {@code FOR UPDATE SKIP LOCKED}. */
@Repository
public class DeliveryRepository {

    private static final String WAITING = "('pending', 'retrying')";

    /**
     * Not max(sent_at): H2 answers that by reading every entry of the method in the index. Ordering
     * by both index columns lets it, and PostgreSQL, stop at the first.
     */
    static final String LAST_SENT = """
            SELECT sent_at FROM delivery WHERE contact_method = ? AND sent_at IS NOT NULL
            ORDER BY contact_method, sent_at DESC
            LIMIT 1""";

    /**
     * The status list comes last on purpose: H2 looks an IN list up in an index only when it meets
     * it before any other condition on that index; written first, it read every delivery ever due,
     * the whole history (bench/pages.sh: half the send thread's time at 5,000 pages).
     */
    static final String CLAIM_DUE = """
            SELECT * FROM delivery
            WHERE contact_method = ? AND due_at <= ? AND status IN %s
            ORDER BY created_at, id
            FOR UPDATE SKIP LOCKED""".formatted(WAITING);

    private final JdbcClient jdbc;

    public DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Delivery d) {
        jdbc.sql("""
                INSERT INTO delivery (id, incident_id, username, contact_method, channel, address, reason, step, status,
                                      due_at, attempts, idempotency_key, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.id(), d.incidentId(), d.username(), d.contactMethod(), d.channel().wire(), d.address(),
                        d.reason(), d.step(), d.status().column(), at(d.dueAt()), d.attempts(), d.idempotencyKey(),
                        at(d.createdAt()))
                .update();
    }

    /** The contact methods with a delivery waiting and due by {@code now}: what a sweep goes through. */
    List<UUID> contactMethodsDue(Instant now) {
        return jdbc.sql("SELECT DISTINCT contact_method FROM delivery WHERE status IN " + WAITING + " AND due_at <= ?")
                .param(at(now)).query(UUID.class).list();
    }

    /**
     * Locks the contact method's deliveries due by {@code now} until the transaction ends, skipping
     * rows another transaction holds: what is claimed here is sent by nobody else meanwhile.
     */
    List<Delivery> claimDue(UUID contactMethod, Instant now) {
        return jdbc.sql(CLAIM_DUE).params(contactMethod, at(now)).query(DeliveryRepository::delivery).list();
    }

    /** When the contact method last got a message, for the throttle. */
    Optional<Instant> lastSent(UUID contactMethod) {
        return jdbc.sql(LAST_SENT).param(contactMethod).query(OffsetDateTime.class).optional()
                .map(OffsetDateTime::toInstant);
    }

    void postpone(UUID id, Instant dueAt) {
        jdbc.sql("UPDATE delivery SET due_at = ? WHERE id = ?").params(at(dueAt), id).update();
    }

    void sent(UUID id, Instant at, String messageKey) {
        jdbc.sql("""
                UPDATE delivery SET status = 'sent', attempts = attempts + 1, sent_at = ?, last_attempt_at = ?,
                       message_key = ?, last_error = NULL
                WHERE id = ?""").params(at(at), at(at), messageKey, id).update();
    }

    void failed(UUID id, DeliveryStatus status, Instant at, String error, Instant nextTry, String messageKey) {
        jdbc.sql("""
                UPDATE delivery SET status = ?, attempts = attempts + 1, last_attempt_at = ?, last_error = ?,
                       due_at = ?, message_key = ?
                WHERE id = ?""")
                .params(status.column(), at(at), truncate(error), at(nextTry), messageKey, id).update();
    }

    void cancel(UUID id, String why) {
        jdbc.sql("UPDATE delivery SET status = 'cancelled', last_error = ? WHERE id = ?").params(why, id).update();
    }

    /**
     * Cancels the incident's deliveries still waiting. A row being sent right now (locked) is
     * skipped rather than waited for: it is on its way, and the sender checks the incident itself.
     */
    public int cancelPendingOf(UUID incidentId, String why) {
        List<UUID> ids = jdbc.sql("SELECT id FROM delivery WHERE incident_id = ? AND status IN " + WAITING
                + " FOR UPDATE SKIP LOCKED").param(incidentId).query(UUID.class).list();
        ids.forEach(id -> cancel(id, why));
        return ids.size();
    }

    public int cancelPendingFor(UUID contactMethod, String why) {
        List<UUID> ids = jdbc.sql("SELECT id FROM delivery WHERE contact_method = ? AND status IN " + WAITING
                + " FOR UPDATE SKIP LOCKED").param(contactMethod).query(UUID.class).list();
        ids.forEach(id -> cancel(id, why));
        return ids.size();
    }

    List<Delivery> ofIncident(UUID incidentId) {
        return jdbc.sql("SELECT * FROM delivery WHERE incident_id = ? ORDER BY created_at, step, id")
                .param(incidentId).query(DeliveryRepository::delivery).list();
    }

    /** The latest try on a channel, for channel health: one indexed row, however long the log. */
    Optional<Delivery> lastTried(ContactMethodType channel) {
        return jdbc.sql("""
                SELECT * FROM delivery WHERE channel = ? AND last_attempt_at IS NOT NULL
                ORDER BY last_attempt_at DESC LIMIT 1""").param(channel.wire())
                .query(DeliveryRepository::delivery).optional();
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 1997) + "...";
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class),
                rs.getString("username"), rs.getObject("contact_method", UUID.class),
                ContactMethodType.fromWire(rs.getString("channel")).orElseThrow(), rs.getString("address"),
                rs.getString("reason"), rs.getInt("step"), DeliveryStatus.ofColumn(rs.getString("status")),
                instant(rs, "due_at"), rs.getInt("attempts"), rs.getString("last_error"),
                instant(rs, "last_attempt_at"), instant(rs, "sent_at"), rs.getString("message_key"),
                rs.getString("idempotency_key"), instant(rs, "created_at"));
    }
}
