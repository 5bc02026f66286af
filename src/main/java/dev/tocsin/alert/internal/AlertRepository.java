package dev.tocsin.alert.internal;

import dev.tocsin.alert.Alert;
import dev.tocsin.alert.AlertSource;
import dev.tocsin.alert.AlertStatus;
import dev.tocsin.platform.Wire;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alerts and their groups. Dedup and grouping are race-free: a row is inserted if absent (one
 * statement, ON CONFLICT DO NOTHING on both databases) and then locked, so two senders of the
 * same alert or group at the same moment are serialized rather than duplicated.
 */
@Repository
public class AlertRepository {

    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };

    private static final String COUNT_REPEAT = """
            UPDATE alert SET event_count = event_count + 1, last_seen = ?, severity = ?, summary = ?, labels = ?,
                   annotations = ?
            WHERE integration_id = ? AND dedup_key = ? AND status = 'firing'""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final boolean postgres;

    public AlertRepository(JdbcClient jdbc, JsonMapper json, DataSource dataSource) {
        this.jdbc = jdbc;
        this.json = json;
        this.postgres = "PostgreSQL".equals(productName(dataSource));
    }

    private static String productName(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }

    /** True when this call created the alert; false when one with its dedup key exists already. */
    public boolean insertIfAbsent(Alert a) {
        return jdbc.sql("""
                INSERT INTO alert (id, integration_id, dedup_key, source, status, severity, summary, labels,
                                   annotations, group_key, event_count, first_seen, last_seen)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(a.id(), a.integrationId(), a.dedupKey(), a.source().wire(), a.status().wire(), a.severity(),
                        a.summary(), json.writeValueAsString(a.labels()), json.writeValueAsString(a.annotations()),
                        a.groupKey(), a.count(), utc(a.firstSeen()), utc(a.lastSeen()))
                .update() == 1;
    }

    /**
     * The hot path of a storm: counts another event of an alert that is firing and answers where
     * it went; empty when the alert is new or resolved. On PostgreSQL one statement (a round trip
     * is most of its cost there); H2, in-process and without data-modifying CTEs, runs the two
     * halves in turn.
     */
    public Optional<Repeat> repeat(UUID integrationId, String dedupKey, Instant at, String severity, String summary,
            Map<String, String> labels, Map<String, String> annotations) {
        Object[] params = {utc(at), severity, summary, json.writeValueAsString(labels),
                json.writeValueAsString(annotations), integrationId, dedupKey};
        if (postgres) {
            return jdbc.sql("WITH counted AS (" + COUNT_REPEAT + " RETURNING silenced_by, incident_id) "
                    + "SELECT c.silenced_by, i.number FROM counted c LEFT JOIN incident i ON i.id = c.incident_id")
                    .params(params).query(AlertRepository::repeat).optional();
        }
        if (jdbc.sql(COUNT_REPEAT).params(params).update() == 0) {
            return Optional.empty();
        }
        // The incident's number is read here, not through the incident module, to keep a repeat at two statements.
        return Optional.of(jdbc.sql("""
                SELECT a.silenced_by, i.number FROM alert a LEFT JOIN incident i ON i.id = a.incident_id
                WHERE a.integration_id = ? AND a.dedup_key = ?""")
                .params(integrationId, dedupKey)
                .query(AlertRepository::repeat)
                .single());
    }

    private static Repeat repeat(ResultSet rs, int row) throws SQLException {
        return new Repeat(rs.getObject("silenced_by", UUID.class) != null,
                rs.getObject("number") == null ? null : rs.getLong("number"));
    }

    /** A counted repeat: whether the alert is silenced, and the number of the incident it feeds. */
    public record Repeat(boolean silenced, Long incidentNumber) {
    }

    public Optional<Alert> lock(UUID integrationId, String dedupKey) {
        return jdbc.sql("SELECT * FROM alert WHERE integration_id = ? AND dedup_key = ? FOR UPDATE")
                .params(integrationId, dedupKey).query(this::alert).optional();
    }

    /** Another event for a known alert: it fires (again), with the source's latest words. */
    public void fired(UUID id, Instant at, String severity, String summary, Map<String, String> labels,
            Map<String, String> annotations) {
        jdbc.sql("""
                UPDATE alert SET status = 'firing', resolved_at = NULL, event_count = event_count + 1, last_seen = ?,
                       severity = ?, summary = ?, labels = ?, annotations = ?
                WHERE id = ?""")
                .params(utc(at), severity, summary, json.writeValueAsString(labels),
                        json.writeValueAsString(annotations), id)
                .update();
    }

    public void resolved(UUID id, Instant at) {
        jdbc.sql("UPDATE alert SET status = 'resolved', resolved_at = ?, last_seen = ?, event_count = event_count + 1 "
                + "WHERE id = ?").params(utc(at), utc(at), id).update();
    }

    public void routed(UUID id, UUID incidentId, UUID silencedBy) {
        jdbc.sql("UPDATE alert SET incident_id = ?, silenced_by = ? WHERE id = ?")
                .params(incidentId, silencedBy, id).update();
    }

    public long firingFor(UUID incidentId) {
        return jdbc.sql("SELECT count(*) FROM alert WHERE incident_id = ? AND status = 'firing'").param(incidentId)
                .query(Long.class).single();
    }

    public List<Alert> forIncident(UUID incidentId) {
        return jdbc.sql("SELECT * FROM alert WHERE incident_id = ? ORDER BY first_seen").param(incidentId)
                .query(this::alert).list();
    }

    public List<Alert> latest(int limit) {
        return jdbc.sql("SELECT * FROM alert ORDER BY first_seen DESC LIMIT ?").param(limit).query(this::alert).list();
    }

    /** The group's row, created if needed and locked until the transaction ends. */
    public Group lockGroup(UUID integrationId, String groupKey) {
        if (postgres) {
            // One round trip: the upsert creates the row or locks it (waiting for a writer holding it,
            // then reading what that writer committed) and returns it as it now is.
            return jdbc.sql("""
                    INSERT INTO alert_group (integration_id, group_key) VALUES (?, ?)
                    ON CONFLICT (integration_id, group_key) DO UPDATE SET group_key = EXCLUDED.group_key
                    RETURNING incident_id, last_alert_at""")
                    .params(integrationId, groupKey).query(AlertRepository::group).single();
        }
        jdbc.sql("INSERT INTO alert_group (integration_id, group_key) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(integrationId, groupKey).update();
        return jdbc.sql("SELECT incident_id, last_alert_at FROM alert_group WHERE integration_id = ? AND group_key = ? "
                + "FOR UPDATE")
                .params(integrationId, groupKey).query(AlertRepository::group).single();
    }

    private static Group group(ResultSet rs, int row) throws SQLException {
        return new Group(rs.getObject("incident_id", UUID.class), instant(rs, "last_alert_at"));
    }

    public void updateGroup(UUID integrationId, String groupKey, UUID incidentId, Instant lastAlertAt) {
        jdbc.sql("UPDATE alert_group SET incident_id = ?, last_alert_at = ? WHERE integration_id = ? AND group_key = ?")
                .params(incidentId, utc(lastAlertAt), integrationId, groupKey).update();
    }

    /** The incident a group feeds (null: none yet) and when its last alert came. */
    public record Group(UUID incidentId, Instant lastAlertAt) {
    }

    private Alert alert(ResultSet rs, int row) throws SQLException {
        return new Alert(rs.getObject("id", UUID.class), rs.getObject("integration_id", UUID.class),
                rs.getString("dedup_key"), Wire.parse(AlertSource.class, "source", rs.getString("source")),
                AlertStatus.fromWire(rs.getString("status")), rs.getString("severity"), rs.getString("summary"),
                json.readValue(rs.getString("labels"), STRING_MAP), json.readValue(rs.getString("annotations"), STRING_MAP),
                rs.getString("group_key"), rs.getLong("event_count"), instant(rs, "first_seen"), instant(rs, "last_seen"),
                instant(rs, "resolved_at"), rs.getObject("incident_id", UUID.class), rs.getObject("silenced_by", UUID.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
