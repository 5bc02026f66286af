package dev.tocsin.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tocsin.escalation.EscalationLevel;
import dev.tocsin.escalation.EscalationPolicy;
import dev.tocsin.escalation.EscalationTarget.OnCall;
import dev.tocsin.escalation.EscalationTarget.Person;
import dev.tocsin.escalation.EscalationTarget.Team;
import dev.tocsin.escalation.EscalationTarget.VendorSupport;
import dev.tocsin.escalation.StoredEscalationPolicy;
import dev.tocsin.escalation.Trigger;
import dev.tocsin.support.BothDatabases;
import dev.tocsin.support.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

class EscalationPolicyRepositoryTest {

    private static final EscalationPolicy EVERYTHING = new EscalationPolicy("acme", "Acme", List.of(
            new EscalationLevel("first", List.of(new OnCall("acme-on-call", "primary"), new Person("ann"),
                    new Team("ops"), new VendorSupport()), List.of(Trigger.always())),
            new EscalationLevel("second", List.of(new Person("bo")), List.of(
                    new Trigger(Set.of("P1", "P2"), Duration.ofMinutes(10), Duration.ofSeconds(7230), false, false,
                            false),
                    Trigger.onResponseTargetMissed("P1"), Trigger.onCustomerImpact(),
                    Trigger.onExternalServiceAffected()))));
    private static final EscalationPolicy SMALL = new EscalationPolicy("night", "Night", List.of(
            new EscalationLevel("only", List.of(new Person("ann")), List.of(Trigger.always()))));

    @BothDatabases
    void a_policy_reads_back_as_written_with_its_order_kept(TestDatabase db) {
        var repository = new EscalationPolicyRepository(given(db.jdbc()));
        repository.save(new StoredEscalationPolicy("acme", EVERYTHING, List.of("shop", "billing")));

        assertThat(repository.bySlug("acme")).contains(
                new StoredEscalationPolicy("acme", EVERYTHING, List.of("billing", "shop")));
        assertThat(repository.forService("shop")).contains(EVERYTHING);
        assertThat(repository.forService("web")).isEmpty();
        assertThat(repository.bySlug("nothing")).isEmpty();
    }

    @BothDatabases
    void saving_again_replaces_the_policy_and_moves_services_to_it(TestDatabase db) {
        var repository = new EscalationPolicyRepository(given(db.jdbc()));
        repository.save(new StoredEscalationPolicy("acme", EVERYTHING, List.of("shop", "billing")));
        var renamed = new EscalationPolicy("acme", "Acme again", SMALL.levels());
        repository.save(new StoredEscalationPolicy("acme", renamed, List.of("shop")));
        repository.save(new StoredEscalationPolicy("acme", SMALL, List.of("billing", "web")));

        assertThat(repository.all()).containsExactly(new StoredEscalationPolicy("acme", renamed, List.of("shop")),
                new StoredEscalationPolicy("acme", SMALL, List.of("billing", "web")));
        assertThat(repository.forService("billing")).contains(SMALL);
        assertThat(repository.forService("shop")).contains(renamed);
    }

    @BothDatabases
    void services_and_organizations_must_exist(TestDatabase db) {
        var repository = new EscalationPolicyRepository(given(db.jdbc()));
        assertThatThrownBy(() -> repository.save(new StoredEscalationPolicy("acme", SMALL, List.of("nowhere"))))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> repository.save(new StoredEscalationPolicy("elsewhere", EVERYTHING, List.of())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static JdbcClient given(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO organization (slug, name, time_zone, business_day_start, business_day_end)
                VALUES ('acme', 'Acme', 'UTC', '09:00', '17:00')""").update();
        for (String service : List.of("shop", "billing", "web")) {
            jdbc.sql("INSERT INTO service (slug, organization, name, kind) VALUES (?, 'acme', ?, 'internal')")
                    .params(service, service).update();
        }
        return jdbc;
    }
}
