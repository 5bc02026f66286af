package dev.tocsin.identity.internal;

import dev.tocsin.identity.Person;
import dev.tocsin.identity.Role;
import dev.tocsin.identity.Team;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PeopleRepository {

    private final JdbcClient jdbc;

    public PeopleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void upsert(Person p) {
        int updated = jdbc.sql("""
                UPDATE app_user SET display_name = ?, organization = ?, title = ?, email = ?, phone = ?,
                       chat_handle = ?, time_zone = ?, role = ?
                WHERE username = ?""")
                .params(p.displayName(), p.organization(), p.title(), p.email(), p.phone(), p.chatHandle(),
                        p.timeZone().getId(), p.role().wire(), p.username())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO app_user (display_name, organization, title, email, phone, chat_handle, time_zone,
                                          role, username)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(p.displayName(), p.organization(), p.title(), p.email(), p.phone(), p.chatHandle(),
                            p.timeZone().getId(), p.role().wire(), p.username())
                    .update();
        }
    }

    public void setPasswordHash(String username, String hash) {
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE username = ?").params(hash, username).update();
    }

    public Optional<Login> findLogin(String username) {
        return jdbc.sql("SELECT username, role, password_hash FROM app_user WHERE username = ? AND password_hash IS NOT NULL")
                .param(username)
                .query((rs, row) -> new Login(rs.getString("username"), Role.fromWire(rs.getString("role")),
                        rs.getString("password_hash")))
                .optional();
    }

    public Optional<Person> findPerson(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = ?").param(username).query(this::person).optional();
    }

    public List<Person> people() {
        return jdbc.sql("SELECT * FROM app_user ORDER BY username").query(this::person).list();
    }

    public void upsert(Team t) {
        int updated = jdbc.sql("UPDATE team SET organization = ?, name = ?, description = ? WHERE slug = ?")
                .params(t.organization(), t.name(), t.description(), t.slug())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO team (organization, name, description, slug) VALUES (?, ?, ?, ?)")
                    .params(t.organization(), t.name(), t.description(), t.slug())
                    .update();
        }
        jdbc.sql("DELETE FROM team_member WHERE team = ?").param(t.slug()).update();
        for (Team.Member member : t.members()) {
            jdbc.sql("INSERT INTO team_member (team, username, role) VALUES (?, ?, ?)")
                    .params(t.slug(), member.username(), member.role())
                    .update();
        }
    }

    public Optional<Team> findTeam(String slug) {
        return jdbc.sql("SELECT * FROM team WHERE slug = ?").param(slug).query(this::team).optional();
    }

    public List<Team> teams() {
        return jdbc.sql("SELECT * FROM team ORDER BY organization, slug").query(this::team).list();
    }

    private Team team(ResultSet rs, int row) throws SQLException {
        String slug = rs.getString("slug");
        List<Team.Member> members = jdbc.sql("SELECT username, role FROM team_member WHERE team = ? ORDER BY username")
                .param(slug)
                .query((m, i) -> new Team.Member(m.getString("username"), m.getString("role")))
                .list();
        return new Team(slug, rs.getString("organization"), rs.getString("name"), rs.getString("description"), members);
    }

    private Person person(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getString("username"), rs.getString("display_name"), rs.getString("organization"),
                rs.getString("title"), rs.getString("email"), rs.getString("phone"), rs.getString("chat_handle"),
                ZoneId.of(rs.getString("time_zone")), Role.fromWire(rs.getString("role")));
    }

    /** What sign-in needs, and nothing else leaves this class with the hash. */
    public record Login(String username, Role role, String passwordHash) {
    }
}
