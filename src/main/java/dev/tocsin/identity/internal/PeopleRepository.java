package dev.tocsin.identity.internal;

import dev.tocsin.identity.Person;
import dev.tocsin.identity.Role;
import dev.tocsin.identity.Team;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
            insert(p);
        }
    }

    /** A new person; a concurrent insert of the same username fails this one on the key (a 409). */
    public void insert(Person p) {
        jdbc.sql("""
                INSERT INTO app_user (display_name, organization, title, email, phone, chat_handle, time_zone,
                                      role, username)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.displayName(), p.organization(), p.title(), p.email(), p.phone(), p.chatHandle(),
                        p.timeZone().getId(), p.role().wire(), p.username())
                .update();
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
            insertTeam(t);
        }
        writeMembers(t);
    }

    /** A new team; a concurrent insert of the same slug fails this one on the key (a 409). */
    public void insert(Team t) {
        insertTeam(t);
        writeMembers(t);
    }

    private void insertTeam(Team t) {
        jdbc.sql("INSERT INTO team (organization, name, description, slug) VALUES (?, ?, ?, ?)")
                .params(t.organization(), t.name(), t.description(), t.slug())
                .update();
    }

    private void writeMembers(Team t) {
        jdbc.sql("DELETE FROM team_member WHERE team = ?").param(t.slug()).update();
        for (Team.Member member : t.members()) {
            jdbc.sql("INSERT INTO team_member (team, username, role) VALUES (?, ?, ?)")
                    .params(t.slug(), member.username(), member.role())
                    .update();
        }
    }

    public Optional<Team> findTeam(String slug) {
        return teams().stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    /** Teams with their members, in two queries however many teams there are. */
    public List<Team> teams() {
        Map<String, List<Team.Member>> members = jdbc.sql("SELECT team, username, role FROM team_member ORDER BY username")
                .query((rs, row) -> Map.entry(rs.getString("team"),
                        new Team.Member(rs.getString("username"), rs.getString("role"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("SELECT * FROM team ORDER BY organization, slug")
                .query((rs, row) -> new Team(rs.getString("slug"), rs.getString("organization"), rs.getString("name"),
                        rs.getString("description"), members.getOrDefault(rs.getString("slug"), List.of())))
                .list();
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
