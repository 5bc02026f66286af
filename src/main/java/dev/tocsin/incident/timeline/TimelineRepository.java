package dev.tocsin.incident.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inserts and reads; there is deliberately no update or delete. */
@Repository
class TimelineRepository {

    private final JdbcClient jdbc;

    TimelineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serializes appends per incident: the incident row is the lock, and it names the newest entry. */
    Head lockHead(UUID incidentId) {
        return jdbc.sql("SELECT timeline_seq, timeline_head FROM incident WHERE id = ? FOR UPDATE").param(incidentId)
                .query((rs, row) -> new Head(rs.getInt("timeline_seq"), rs.getString("timeline_head")))
                .single();
    }

    void setHead(UUID incidentId, int seq, String hash) {
        jdbc.sql("UPDATE incident SET timeline_seq = ?, timeline_head = ? WHERE id = ?").params(seq, hash, incidentId)
                .update();
    }

    /** The newest entry's number and hash; 0 and null before the first. */
    record Head(int seq, String hash) {
    }

    Optional<String> head(UUID incidentId) {
        return jdbc.sql("SELECT timeline_head FROM incident WHERE id = ?").param(incidentId)
                .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
                .optional().flatMap(head -> head);
    }

    List<TimelineEntry> ofKind(UUID incidentId, String kind) {
        return jdbc.sql("SELECT * FROM timeline_entry WHERE incident_id = ? AND kind = ? ORDER BY seq")
                .params(incidentId, kind)
                .query(this::entry)
                .list();
    }

    void insert(TimelineEntry e) {
        jdbc.sql("""
                INSERT INTO timeline_entry (incident_id, seq, occurred_at, actor, kind, summary, before_value,
                                            after_value, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.incidentId(), e.seq(), OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC), e.actor(),
                        e.kind(), e.summary(), e.before(), e.after(), e.previousHash(), e.hash())
                .update();
    }

    List<TimelineEntry> all(UUID incidentId) {
        return jdbc.sql("SELECT * FROM timeline_entry WHERE incident_id = ? ORDER BY seq")
                .param(incidentId)
                .query(this::entry)
                .list();
    }

    private TimelineEntry entry(ResultSet rs, int row) throws SQLException {
        return new TimelineEntry(rs.getObject("incident_id", UUID.class), rs.getInt("seq"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("kind"), rs.getString("summary"), rs.getString("before_value"),
                rs.getString("after_value"), rs.getString("previous_hash"), rs.getString("hash"));
    }
}
