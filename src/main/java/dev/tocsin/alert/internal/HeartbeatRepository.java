package dev.tocsin.alert.internal;

import dev.tocsin.alert.Heartbeat;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class HeartbeatRepository {

    private final JdbcClient jdbc;

    public HeartbeatRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Heartbeat h, String keyHash) {
        jdbc.sql("""
                INSERT INTO heartbeat (id, name, service, integration_id, key_hash, interval_seconds, state, due_at,
                                       created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, 'ok', ?, ?, ?)""")
                .params(h.id(), h.name(), h.service(), h.integrationId(), keyHash, h.interval().toSeconds(),
                        utc(h.dueAt()), utc(h.createdAt()), h.createdBy())
                .update();
    }

    public Optional<Heartbeat> lockByKeyHash(String keyHash) {
        return jdbc.sql("SELECT * FROM heartbeat WHERE key_hash = ? FOR UPDATE").param(keyHash)
                .query(this::heartbeat).optional();
    }

    /**
     * Heartbeats past due and not yet reported, locked; rows another node holds are skipped, so
     * each overdue heartbeat raises its alert once however many nodes check.
     */
    public List<Heartbeat> lockOverdue(Instant now, int limit) {
        return jdbc.sql("""
                SELECT * FROM heartbeat WHERE state = 'ok' AND due_at < ? ORDER BY due_at LIMIT ?
                FOR UPDATE SKIP LOCKED""").params(utc(now), limit).query(this::heartbeat).list();
    }

    public void pinged(UUID id, Instant at, Instant dueAt) {
        jdbc.sql("UPDATE heartbeat SET state = 'ok', last_ping_at = ?, due_at = ? WHERE id = ?")
                .params(utc(at), utc(dueAt), id).update();
    }

    public void overdue(UUID id) {
        jdbc.sql("UPDATE heartbeat SET state = 'overdue' WHERE id = ?").param(id).update();
    }

    public List<Heartbeat> all() {
        return jdbc.sql("SELECT * FROM heartbeat ORDER BY service, name").query(this::heartbeat).list();
    }

    private Heartbeat heartbeat(ResultSet rs, int row) throws SQLException {
        OffsetDateTime lastPing = rs.getObject("last_ping_at", OffsetDateTime.class);
        return new Heartbeat(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("service"),
                rs.getObject("integration_id", UUID.class), Duration.ofSeconds(rs.getLong("interval_seconds")),
                "overdue".equals(rs.getString("state")), rs.getObject("due_at", OffsetDateTime.class).toInstant(),
                lastPing == null ? null : lastPing.toInstant(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
