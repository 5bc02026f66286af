package dev.tocsin.incident.internal;

import dev.tocsin.incident.ResponseTarget;
import dev.tocsin.incident.Severity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SeverityRepository {

    private final JdbcClient jdbc;

    public SeverityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(String organization, List<Severity> severities) {
        jdbc.sql("DELETE FROM severity WHERE organization = ?").param(organization).update();
        for (Severity s : severities) {
            jdbc.sql("""
                    INSERT INTO severity (organization, code, rank, name, definition, response_time, examples)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(organization, s.code(), s.rank(), s.name(), s.definition(), s.responseTime().code(),
                            String.join("\n", s.examples()))
                    .update();
        }
    }

    public List<Severity> findAll(String organization) {
        return jdbc.sql("SELECT * FROM severity WHERE organization = ? ORDER BY rank")
                .param(organization)
                .query(this::severity)
                .list();
    }

    public Optional<Severity> find(String organization, String code) {
        return jdbc.sql("SELECT * FROM severity WHERE organization = ? AND code = ?")
                .params(organization, code)
                .query(this::severity)
                .optional();
    }

    private Severity severity(ResultSet rs, int row) throws SQLException {
        String examples = rs.getString("examples");
        return new Severity(rs.getString("code"), rs.getInt("rank"), rs.getString("name"), rs.getString("definition"),
                ResponseTarget.parse(rs.getString("response_time")),
                examples.isEmpty() ? List.of() : Arrays.asList(examples.split("\n")));
    }
}
