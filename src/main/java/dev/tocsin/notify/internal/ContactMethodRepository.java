package dev.tocsin.notify.internal;

import dev.tocsin.notify.ContactMethod;
import dev.tocsin.notify.ContactMethodType;
import dev.tocsin.notify.NotificationRule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contact methods and notification rules. */
@Repository
public class ContactMethodRepository {

    private final JdbcClient jdbc;

    public ContactMethodRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ContactMethod> of(String username) {
        return jdbc.sql("SELECT * FROM contact_method WHERE username = ? ORDER BY type, address").param(username)
                .query(ContactMethodRepository::contactMethod).list();
    }

    public Optional<ContactMethod> find(UUID id) {
        return jdbc.sql("SELECT * FROM contact_method WHERE id = ?").param(id)
                .query(ContactMethodRepository::contactMethod).optional();
    }

    public Optional<ContactMethod> find(String username, ContactMethodType type, String address) {
        return jdbc.sql("SELECT * FROM contact_method WHERE username = ? AND type = ? AND address = ?")
                .params(username, type.wire(), address).query(ContactMethodRepository::contactMethod).optional();
    }

    public void insert(ContactMethod m) {
        jdbc.sql("INSERT INTO contact_method (id, username, type, address, label) VALUES (?, ?, ?, ?, ?)")
                .params(m.id(), m.username(), m.type().wire(), m.address(), m.label()).update();
    }

    public void update(ContactMethod m) {
        jdbc.sql("UPDATE contact_method SET type = ?, address = ?, label = ? WHERE id = ?")
                .params(m.type().wire(), m.address(), m.label(), m.id()).update();
    }

    /** Removes the contact method and the rule steps naming it; the steps after close up. */
    public void delete(ContactMethod m) {
        List<NotificationRule> rules = rules(m.username()).stream()
                .filter(rule -> !rule.contactMethod().equals(m.id())).toList();
        replaceRules(m.username(), rules);
        jdbc.sql("DELETE FROM contact_method WHERE id = ?").param(m.id()).update();
    }

    /**
     * Locks the contact method's row until the transaction ends, waiting while another send to it
     * runs; false when it is gone. Sends to one contact method go one after the other, on every
     * node, so the throttle sees every message and a page committed meanwhile is not skipped.
     */
    public boolean lock(UUID id) {
        return !jdbc.sql("SELECT id FROM contact_method WHERE id = ? FOR UPDATE").param(id)
                .query(UUID.class).list().isEmpty();
    }

    /** The types people have contact methods of, and how many of each. */
    public java.util.Map<ContactMethodType, Long> typesInUse() {
        java.util.Map<ContactMethodType, Long> types = new java.util.EnumMap<>(ContactMethodType.class);
        jdbc.sql("SELECT type, count(*) AS n FROM contact_method GROUP BY type")
                .query((rs, row) -> java.util.Map.entry(rs.getString("type"), rs.getLong("n"))).list()
                .forEach(e -> ContactMethodType.fromWire(e.getKey()).ifPresent(type -> types.put(type, e.getValue())));
        return types;
    }

    public List<NotificationRule> rules(String username) {
        return jdbc.sql("SELECT delay_seconds, contact_method FROM notification_rule WHERE username = ? ORDER BY position")
                .param(username)
                .query((rs, row) -> new NotificationRule(Duration.ofSeconds(rs.getLong("delay_seconds")),
                        rs.getObject("contact_method", UUID.class)))
                .list();
    }

    public void replaceRules(String username, List<NotificationRule> rules) {
        jdbc.sql("DELETE FROM notification_rule WHERE username = ?").param(username).update();
        for (int i = 0; i < rules.size(); i++) {
            jdbc.sql("INSERT INTO notification_rule (username, position, delay_seconds, contact_method) VALUES (?, ?, ?, ?)")
                    .params(username, i, rules.get(i).delay().toSeconds(), rules.get(i).contactMethod()).update();
        }
    }

    private static ContactMethod contactMethod(ResultSet rs, int row) throws SQLException {
        return new ContactMethod(rs.getObject("id", UUID.class), rs.getString("username"),
                ContactMethodType.fromWire(rs.getString("type")).orElseThrow(), rs.getString("address"),
                rs.getString("label"));
    }
}
