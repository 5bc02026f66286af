package dev.tocsin.incident.internal;

import dev.tocsin.incident.DetectionSource;
import dev.tocsin.incident.Incident;
import dev.tocsin.incident.IncidentFilter;
import dev.tocsin.incident.IncidentStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class IncidentRepository {

    private final JdbcClient jdbc;

    public IncidentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the incident and its services; returns the number the database assigned. */
    public long insert(Incident i) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO incident (id, organization, title, summary, severity, status, detection_source,
                                      customer_impact, impact, commander, detected_at, response_due_at,
                                      created_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(i.id(), i.organization(), i.title(), i.summary(), i.severity(), i.status().wire(),
                        i.detectionSource().wire(), i.customerImpact(), i.impact(), i.commander(),
                        utc(i.detectedAt()), utc(i.responseDueAt()), i.createdBy(), utc(i.updatedAt()))
                .update(keys, "number");
        for (String service : i.services()) {
            jdbc.sql("INSERT INTO incident_service (incident_id, service) VALUES (?, ?)")
                    .params(i.id(), service)
                    .update();
        }
        return ((Number) keys.getKeys().get("number")).longValue();
    }

    public Optional<UUID> idOf(long number) {
        return jdbc.sql("SELECT id FROM incident WHERE number = ?").param(number).query(UUID.class).optional();
    }

    public void update(Incident i) {
        jdbc.sql("""
                UPDATE incident SET severity = ?, status = ?, customer_impact = ?, impact = ?, commander = ?,
                       response_due_at = ?, acknowledged_at = ?, resolved_at = ?, closed_at = ?, updated_at = ?
                WHERE id = ?""")
                .params(i.severity(), i.status().wire(), i.customerImpact(), i.impact(), i.commander(),
                        utc(i.responseDueAt()), utc(i.acknowledgedAt()), utc(i.resolvedAt()), utc(i.closedAt()),
                        utc(i.updatedAt()), i.id())
                .update();
    }

    /**
     * One incident with its services in one statement: every page, escalation check and incident
     * page reads one, so the second round trip for its services was worth folding in. Service slugs
     * are lowercase letters, digits and dashes, so a comma separates them safely.
     */
    private static final String ONE_WITH_SERVICES = """
            SELECT i.*, (SELECT STRING_AGG(s.service, ',' ORDER BY s.service) FROM incident_service s
                         WHERE s.incident_id = i.id) AS service_list
            FROM incident i WHERE i.id = ?""";

    public Optional<Incident> find(UUID id) {
        return jdbc.sql(ONE_WITH_SERVICES).param(id).query(this::incidentWithServices).optional();
    }

    /** Reads the incident and holds its row lock until the transaction ends. */
    public Optional<Incident> lock(UUID id) {
        return jdbc.sql(ONE_WITH_SERVICES + " FOR UPDATE").param(id).query(this::incidentWithServices).optional();
    }

    /** Open incidents first, then by severity rank, newest first. */
    public List<Incident> list(IncidentFilter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<Incident> rows = jdbc.sql("""
                SELECT i.* FROM incident i
                LEFT JOIN severity s ON s.organization = i.organization AND s.code = i.severity
                """ + where + """
                 ORDER BY CASE WHEN i.status IN ('resolved', 'closed') THEN 1 ELSE 0 END, s.rank, i.detected_at DESC,
                          i.number DESC
                 LIMIT :limit OFFSET :offset""")
                .params(params)
                .query(this::incident)
                .list();
        return withServices(rows);
    }

    public long count(IncidentFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT count(*) FROM incident i " + where(filter, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String where(IncidentFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.statuses() != null) {
            conditions.add("i.status IN (:statuses)");
            params.put("statuses", filter.statuses().stream().map(IncidentStatus::wire).toList());
        }
        if (filter.severity() != null) {
            conditions.add("i.severity = :severity");
            params.put("severity", filter.severity());
        }
        if (filter.service() != null) {
            conditions.add("EXISTS (SELECT 1 FROM incident_service x WHERE x.incident_id = i.id AND x.service = :service)");
            params.put("service", filter.service());
        }
        return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
    }

    private List<Incident> withServices(List<Incident> incidents) {
        if (incidents.isEmpty()) {
            return incidents;
        }
        Map<UUID, List<String>> services = jdbc.sql("""
                SELECT incident_id, service FROM incident_service WHERE incident_id IN (:ids) ORDER BY service""")
                .param("ids", incidents.stream().map(Incident::id).toList())
                .query((rs, row) -> Map.entry(rs.getObject("incident_id", UUID.class), rs.getString("service")))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return incidents.stream().map(i -> i.withServices(services.getOrDefault(i.id(), List.of()))).toList();
    }

    private Incident incidentWithServices(ResultSet rs, int row) throws SQLException {
        String services = rs.getString("service_list");
        return incident(rs, row).withServices(services == null ? List.of() : List.of(services.split(",")));
    }

    private Incident incident(ResultSet rs, int row) throws SQLException {
        return new Incident(rs.getObject("id", UUID.class), rs.getLong("number"), rs.getString("organization"),
                rs.getString("title"), rs.getString("summary"), rs.getString("severity"),
                IncidentStatus.fromWire(rs.getString("status")),
                DetectionSource.fromWire(rs.getString("detection_source")), rs.getBoolean("customer_impact"),
                rs.getString("impact"), rs.getString("commander"), List.of(), instant(rs, "detected_at"),
                instant(rs, "response_due_at"), instant(rs, "acknowledged_at"), instant(rs, "resolved_at"),
                instant(rs, "closed_at"), rs.getString("created_by"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
