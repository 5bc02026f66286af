package dev.tocsin.runbook.internal;

import dev.tocsin.runbook.StoredRunbook;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RunbookRepository {

    private static final String COLUMNS = "id, organization, title, markdown, updated_at, updated_by";

    private final JdbcClient jdbc;

    public RunbookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts, or replaces the one with this id: true when it was new. */
    public boolean save(StoredRunbook r) {
        int updated = jdbc.sql("""
                UPDATE runbook SET organization = ?, title = ?, markdown = ?, updated_at = ?, updated_by = ?
                WHERE id = ?""")
                .params(r.organization(), r.title(), r.markdown(), utc(r), r.updatedBy(), r.id()).update();
        if (updated == 1) {
            return false;
        }
        jdbc.sql("INSERT INTO runbook (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")
                .params(r.id(), r.organization(), r.title(), r.markdown(), utc(r), r.updatedBy()).update();
        return true;
    }

    public Optional<StoredRunbook> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM runbook WHERE id = ?").param(id)
                .query(RunbookRepository::runbook).optional();
    }

    public List<StoredRunbook> of(String organization) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM runbook WHERE organization = ? ORDER BY id").param(organization)
                .query(RunbookRepository::runbook).list();
    }

    public List<StoredRunbook> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM runbook ORDER BY organization, id")
                .query(RunbookRepository::runbook).list();
    }

    private static OffsetDateTime utc(StoredRunbook r) {
        return r.updatedAt().atOffset(ZoneOffset.UTC);
    }

    private static StoredRunbook runbook(ResultSet rs, int row) throws SQLException {
        return new StoredRunbook(rs.getString("id"), rs.getString("organization"), rs.getString("title"),
                rs.getString("markdown"), rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getString("updated_by"));
    }
}
