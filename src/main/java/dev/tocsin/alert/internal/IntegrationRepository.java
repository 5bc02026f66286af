package dev.tocsin.alert.internal;

import dev.tocsin.alert.Integration;
import dev.tocsin.alert.SeverityMapping;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class IntegrationRepository {

    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public IntegrationRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts, or updates the integration of that service and name (and its key). */
    public Integration save(Integration i, String keyHash) {
        Object[] values = {keyHash, json.writeValueAsString(i.severityMapping().rules()), i.severityMapping().fallback(),
                String.join(",", i.groupLabels()), i.groupWindow() == null ? null : i.groupWindow().toSeconds(),
                i.autoResolve(), i.service(), i.name()};
        int updated = jdbc.sql("""
                UPDATE integration SET key_hash = ?, severity_mapping = ?, default_severity = ?, group_labels = ?,
                       group_window_seconds = ?, auto_resolve = ?
                WHERE service = ? AND name = ?""").params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO integration (key_hash, severity_mapping, default_severity, group_labels,
                                             group_window_seconds, auto_resolve, service, name, id, created_at,
                                             created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(concat(values, i.id(), OffsetDateTime.ofInstant(i.createdAt(), ZoneOffset.UTC),
                            i.createdBy()))
                    .update();
        }
        return byServiceAndName(i.service(), i.name()).orElseThrow();
    }

    public Optional<Integration> byId(UUID id) {
        return jdbc.sql("SELECT * FROM integration WHERE id = ?").param(id).query(this::integration).optional();
    }

    public Optional<Integration> byKeyHash(String keyHash) {
        return jdbc.sql("SELECT * FROM integration WHERE key_hash = ?").param(keyHash).query(this::integration)
                .optional();
    }

    public Optional<Integration> byServiceAndName(String service, String name) {
        return jdbc.sql("SELECT * FROM integration WHERE service = ? AND name = ?").params(service, name)
                .query(this::integration).optional();
    }

    public List<Integration> all() {
        return jdbc.sql("SELECT * FROM integration ORDER BY service, name").query(this::integration).list();
    }

    private Integration integration(ResultSet rs, int row) throws SQLException {
        String labels = rs.getString("group_labels");
        Long window = rs.getObject("group_window_seconds", Long.class);
        return new Integration(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("service"),
                new SeverityMapping(json.readValue(rs.getString("severity_mapping"), STRING_MAP),
                        rs.getString("default_severity")),
                labels.isEmpty() ? List.of() : Arrays.asList(labels.split(",")),
                window == null ? null : Duration.ofSeconds(window), rs.getBoolean("auto_resolve"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"));
    }

    private static Object[] concat(Object[] values, Object... more) {
        Object[] all = Arrays.copyOf(values, values.length + more.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
    }
}
