package dev.tocsin.alert.internal;

import dev.tocsin.alert.Silence;
import dev.tocsin.platform.Wire;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class SilenceRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public SilenceRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Silence s) {
        jdbc.sql("""
                INSERT INTO silence (id, kind, comment, matchers, services, starts_at, ends_at, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), s.kind().wire(), s.comment(), json.writeValueAsString(s.matchers()),
                        json.writeValueAsString(s.services()), utc(s.startsAt()), utc(s.endsAt()), s.createdBy(),
                        utc(s.createdAt()))
                .update();
    }

    /**
     * Ends a silence at {@code at}; one still to come also starts then, so its end never precedes
     * its start. False when there is no such silence or it has ended already.
     */
    public boolean end(UUID id, Instant at) {
        return jdbc.sql("""
                UPDATE silence SET starts_at = CASE WHEN starts_at > ? THEN ? ELSE starts_at END, ends_at = ?
                WHERE id = ? AND ends_at > ?""")
                .params(utc(at), utc(at), utc(at), id, utc(at)).update() == 1;
    }

    public List<Silence> activeAt(Instant at) {
        return jdbc.sql("SELECT * FROM silence WHERE starts_at <= ? AND ends_at > ? ORDER BY starts_at")
                .params(utc(at), utc(at)).query(this::silence).list();
    }

    /** Silences still running or yet to come, then the last few that ended. */
    public List<Silence> recent(Instant at, int ended) {
        List<Silence> current = jdbc.sql("SELECT * FROM silence WHERE ends_at > ? ORDER BY starts_at")
                .param(utc(at)).query(this::silence).list();
        List<Silence> past = jdbc.sql("SELECT * FROM silence WHERE ends_at <= ? ORDER BY ends_at DESC LIMIT ?")
                .params(utc(at), ended).query(this::silence).list();
        return java.util.stream.Stream.concat(current.stream(), past.stream()).toList();
    }

    private Silence silence(ResultSet rs, int row) throws SQLException {
        return new Silence(rs.getObject("id", UUID.class), Wire.parse(Silence.Kind.class, "kind", rs.getString("kind")),
                rs.getString("comment"), json.readValue(rs.getString("matchers"), new TypeReference<Map<String, String>>() { }),
                json.readValue(rs.getString("services"), new TypeReference<List<String>>() { }),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getObject("ends_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
