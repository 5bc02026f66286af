package dev.tocsin.identity.internal;

import dev.tocsin.identity.ApiToken;
import dev.tocsin.identity.Role;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TokenRepository {

    private final JdbcClient jdbc;

    public TokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, String name, String hash, Role role, Instant createdAt, String createdBy) {
        jdbc.sql("""
                INSERT INTO api_token (id, name, token_hash, role, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, name, hash, role.wire(), OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC), createdBy)
                .update();
    }

    public int deleteByName(String name) {
        return jdbc.sql("DELETE FROM api_token WHERE name = ?").param(name).update();
    }

    public boolean existsByName(String name) {
        return jdbc.sql("SELECT count(*) FROM api_token WHERE name = ?").param(name).query(Integer.class).single() > 0;
    }

    public Optional<ApiToken> findByHash(String hash) {
        return jdbc.sql("SELECT id, name, role, created_at, created_by FROM api_token WHERE token_hash = ?")
                .param(hash)
                .query(this::row)
                .optional();
    }

    public List<ApiToken> all() {
        return jdbc.sql("SELECT id, name, role, created_at, created_by FROM api_token ORDER BY name").query(this::row).list();
    }

    private ApiToken row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"), Role.fromWire(rs.getString("role")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"));
    }

}
