package dev.tocsin.runbook.internal.run;

import dev.tocsin.runbook.StepRun;
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

/** The scenarios incidents follow and the runs of their steps. */
@Repository
public class PlaybookRepository {

    /** A scenario an incident follows: {@code how} is {@code service} or {@code hand}. */
    public record Attached(UUID incidentId, String runbookId, String scenario, String attachedBy, Instant attachedAt,
            String how) {
    }

    private final JdbcClient jdbc;

    public PlaybookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the incident follows that scenario already. */
    public boolean attach(Attached a) {
        boolean present = jdbc.sql("SELECT COUNT(*) FROM incident_scenario WHERE incident_id = ? AND runbook_id = ? "
                + "AND scenario = ?").params(a.incidentId(), a.runbookId(), a.scenario()).query(Integer.class)
                .single() > 0;
        if (present) {
            return false;
        }
        jdbc.sql("INSERT INTO incident_scenario (incident_id, runbook_id, scenario, attached_by, attached_at, how) "
                + "VALUES (?, ?, ?, ?, ?, ?)").params(a.incidentId(), a.runbookId(), a.scenario(), a.attachedBy(),
                utc(a.attachedAt()), a.how()).update();
        return true;
    }

    public List<Attached> attached(UUID incidentId) {
        return jdbc.sql("SELECT * FROM incident_scenario WHERE incident_id = ? "
                + "ORDER BY attached_at, runbook_id, scenario")
                .param(incidentId).query((rs, n) -> new Attached(rs.getObject("incident_id", UUID.class),
                        rs.getString("runbook_id"), rs.getString("scenario"), rs.getString("attached_by"),
                        instant(rs, "attached_at"), rs.getString("how"))).list();
    }

    public void insert(StepRun r) {
        jdbc.sql("""
                INSERT INTO step_run (id, incident_id, runbook_id, scenario, step_id, step_type, title, command,
                                      destructive, status, requested_by, requested_at, approve_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.incidentId(), r.runbookId(), r.scenario(), r.stepId(), r.type(), r.title(),
                        r.command(), r.destructive(), r.status().wire(), r.requestedBy(), utc(r.requestedAt()),
                        r.approveBy().map(PlaybookRepository::utc).orElse(null))
                .update();
    }

    /** Records a run's end; only a run still waiting (or just approved) can end. */
    public void finish(UUID id, StepRun.Status status, Optional<String> decidedBy, Instant at, StepResult result) {
        jdbc.sql("""
                UPDATE step_run SET status = ?, decided_by = COALESCE(?, decided_by),
                       decided_at = CASE WHEN ? IS NULL THEN decided_at ELSE ? END,
                       exit_code = ?, output = ?, truncated = ?, duration_ms = ?, finished_at = ?
                WHERE id = ?""")
                .params(status.wire(), decidedBy.orElse(null), decidedBy.orElse(null), utc(at),
                        result == null ? null : result.exitCode(), result == null ? null : result.output(),
                        result != null && result.truncated(), result == null ? null : result.duration().toMillis(),
                        utc(at), id)
                .update();
    }

    public Optional<StepRun> find(UUID id) {
        return jdbc.sql("SELECT * FROM step_run WHERE id = ?").param(id).query(PlaybookRepository::run).optional();
    }

    /** Locks a run for a decision, so two leads approving at once cannot both run it. */
    public Optional<StepRun> lock(UUID id) {
        return jdbc.sql("SELECT * FROM step_run WHERE id = ? FOR UPDATE").param(id)
                .query(PlaybookRepository::run).optional();
    }

    public List<StepRun> runs(UUID incidentId) {
        return jdbc.sql("SELECT * FROM step_run WHERE incident_id = ? ORDER BY requested_at, id").param(incidentId)
                .query(PlaybookRepository::run).list();
    }

    private static StepRun run(ResultSet rs, int row) throws SQLException {
        long durationMs = rs.getLong("duration_ms");
        Optional<Duration> duration = rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofMillis(durationMs));
        int exit = rs.getInt("exit_code");
        Optional<Integer> exitCode = rs.wasNull() ? Optional.empty() : Optional.of(exit);
        return new StepRun(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class),
                rs.getString("runbook_id"), rs.getString("scenario"), rs.getString("step_id"),
                rs.getString("step_type"), rs.getString("title"), rs.getString("command"), rs.getBoolean("destructive"),
                StepRun.Status.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("requested_by"), instant(rs, "requested_at"),
                Optional.ofNullable(instant(rs, "approve_by")), Optional.ofNullable(rs.getString("decided_by")),
                Optional.ofNullable(instant(rs, "decided_at")), exitCode,
                Optional.ofNullable(rs.getString("output")), rs.getBoolean("truncated"), duration,
                Optional.ofNullable(instant(rs, "finished_at")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
