package dev.tocsin.escalation.internal;

import dev.tocsin.escalation.EscalationPolicy;
import dev.tocsin.escalation.StoredEscalationPolicy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Policies in two tables (V9): the policy with its levels as one JSON document, and which service
 * uses which policy. Saving replaces a policy as a whole and moves its services to it.
 */
@Repository
public class EscalationPolicyRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<LevelView>> LEVELS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    public EscalationPolicyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts, or replaces the policy with that slug; call inside a transaction. */
    public void save(StoredEscalationPolicy stored) {
        EscalationPolicy policy = stored.policy();
        int updated = jdbc.sql("UPDATE escalation_policy SET organization = ?, name = ?, levels = ? WHERE slug = ?")
                .params(stored.organization(), policy.name(), levels(policy), policy.slug()).update();
        if (updated == 0) {
            insertPolicy(stored);
        }
        writeServices(stored);
    }

    /**
     * Inserts a new policy; a concurrent insert of the same slug makes this one fail on the key
     * (a 409) instead of replacing it, as {@link #save} would.
     */
    public void insert(StoredEscalationPolicy stored) {
        insertPolicy(stored);
        writeServices(stored);
    }

    private void insertPolicy(StoredEscalationPolicy stored) {
        EscalationPolicy policy = stored.policy();
        jdbc.sql("INSERT INTO escalation_policy (slug, organization, name, levels) VALUES (?, ?, ?, ?)")
                .params(policy.slug(), stored.organization(), policy.name(), levels(policy)).update();
    }

    private static String levels(EscalationPolicy policy) {
        return JSON.writeValueAsString(policy.levels().stream().map(LevelView::of).toList());
    }

    private void writeServices(StoredEscalationPolicy stored) {
        EscalationPolicy policy = stored.policy();
        jdbc.sql("DELETE FROM escalation_policy_service WHERE policy = ?").param(policy.slug()).update();
        for (String service : stored.services()) {
            jdbc.sql("DELETE FROM escalation_policy_service WHERE service = ?").param(service).update();
            jdbc.sql("INSERT INTO escalation_policy_service (service, policy) VALUES (?, ?)")
                    .params(service, policy.slug()).update();
        }
    }

    public Optional<StoredEscalationPolicy> bySlug(String slug) {
        return jdbc.sql("SELECT * FROM escalation_policy WHERE slug = ?").param(slug).query(this::row).optional();
    }

    public Optional<EscalationPolicy> forService(String service) {
        return jdbc.sql("""
                SELECT p.* FROM escalation_policy p JOIN escalation_policy_service s ON s.policy = p.slug
                WHERE s.service = ?""").param(service).query((rs, row) -> policy(rs)).optional();
    }

    /** Every policy, by organization and slug. */
    public List<StoredEscalationPolicy> all() {
        return jdbc.sql("SELECT * FROM escalation_policy ORDER BY organization, slug").query(this::row).list();
    }

    private StoredEscalationPolicy row(ResultSet rs, int row) throws SQLException {
        List<String> services = jdbc.sql("SELECT service FROM escalation_policy_service WHERE policy = ? ORDER BY service")
                .param(rs.getString("slug")).query(String.class).list();
        return new StoredEscalationPolicy(rs.getString("organization"), policy(rs), services);
    }

    /** The policy alone: escalating an incident needs its levels, not which other services share it. */
    private static EscalationPolicy policy(ResultSet rs) throws SQLException {
        List<LevelView> levels = JSON.readValue(rs.getString("levels"), LEVELS);
        return new EscalationPolicy(rs.getString("slug"), rs.getString("name"),
                levels.stream().map(LevelView::level).toList());
    }
}
