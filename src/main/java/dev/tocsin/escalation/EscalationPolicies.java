package dev.tocsin.escalation;

import dev.tocsin.escalation.internal.EscalationPolicyRepository;
import dev.tocsin.escalation.internal.EscalationReferences;
import dev.tocsin.platform.Problem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API for stored policies: {@code save} is configuration as code's (its folder was
 * checked as a whole); {@code create} and {@code update} are the API's, and check each policy.
 */
@Component
public class EscalationPolicies {

    private final EscalationPolicyRepository repository;
    private final EscalationReferences references;

    EscalationPolicies(EscalationPolicyRepository repository, EscalationReferences references) {
        this.repository = repository;
        this.references = references;
    }

    /**
     * Inserts, or replaces as a whole the policy with that slug, and points its services at it
     * (taking them from any policy they used before).
     */
    @Transactional
    public void save(StoredEscalationPolicy policy) {
        repository.save(policy);
    }

    /**
     * A new policy, its services pointed at it: 409 when the slug is taken, 422 naming an unknown
     * organization, service, schedule, layer, person, team or severity.
     */
    @Transactional
    public StoredEscalationPolicy create(StoredEscalationPolicy policy) {
        if (repository.bySlug(policy.slug()).isPresent()) {
            throw Problem.conflict("already-exists", "Already exists", "An escalation policy '" + policy.slug()
                    + "' exists already; change it with PUT /api/v1/escalation-policies/" + policy.slug()
                    + ", or choose another slug.", Map.of());
        }
        references.require(policy);
        repository.insert(policy);
        return repository.bySlug(policy.slug()).orElseThrow();
    }

    /** Replaces a policy as a whole, levels and services: 404 when unknown. */
    @Transactional
    public StoredEscalationPolicy update(StoredEscalationPolicy policy) {
        if (repository.bySlug(policy.slug()).isEmpty()) {
            throw Problem.notFound("Escalation policy", policy.slug());
        }
        references.require(policy);
        repository.save(policy);
        return repository.bySlug(policy.slug()).orElseThrow();
    }

    /**
     * Every stored policy still names what exists. Configuration as code calls it after applying
     * the folders, which replace what they define: a folder's schedule without a layer that a
     * policy made over the API targets, or its severity policy without a code a trigger names,
     * would otherwise leave a level that reaches nobody or never falls due.
     */
    @Transactional(readOnly = true)
    public void requireReferencesResolve() {
        for (StoredEscalationPolicy policy : repository.all()) {
            try {
                references.require(policy);
            } catch (Problem broken) {
                throw new IllegalStateException("Escalation policy '" + policy.slug() + "' no longer fits the "
                        + "organization folders: " + broken.getMessage() + " Change the folder back, or point the "
                        + "policy elsewhere (PUT /api/v1/escalation-policies/" + policy.slug() + ") before changing "
                        + "the folder.", broken);
            }
        }
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
