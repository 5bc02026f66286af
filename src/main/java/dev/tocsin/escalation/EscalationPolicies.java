package dev.tocsin.escalation;

import dev.tocsin.escalation.internal.EscalationPolicyRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The module's API for stored policies: save one (configuration as code does), read them back. */
@Component
public class EscalationPolicies {

    private final EscalationPolicyRepository repository;

    EscalationPolicies(EscalationPolicyRepository repository) {
        this.repository = repository;
    }

    /**
     * Inserts, or replaces as a whole the policy with that slug, and points its services at it
     * (taking them from any policy they used before).
     */
    @Transactional
    public void save(StoredEscalationPolicy policy) {
        repository.save(policy);
    }

    /** The policy a service uses, if it has one. */
    @Transactional(readOnly = true)
    public Optional<EscalationPolicy> forService(String service) {
        return repository.forService(service);
    }

    @Transactional(readOnly = true)
    public Optional<StoredEscalationPolicy> policy(String slug) {
        return repository.bySlug(slug);
    }

    /** Every policy, by organization and slug. */
    @Transactional(readOnly = true)
    public List<StoredEscalationPolicy> all() {
        return repository.all();
    }
}
