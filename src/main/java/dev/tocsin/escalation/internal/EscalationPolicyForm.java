package dev.tocsin.escalation.internal;

import static dev.tocsin.platform.DomainRules.check;

import dev.tocsin.escalation.EscalationLevel;
import dev.tocsin.escalation.EscalationPolicy;
import dev.tocsin.escalation.EscalationTarget;
import dev.tocsin.escalation.StoredEscalationPolicy;
import dev.tocsin.escalation.Trigger;
import dev.tocsin.platform.Problem;
import dev.tocsin.platform.Text;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a policy sent in the shape GET shows ({@link EscalationPolicyView}) into the domain
 * records, whose constructors hold the rules; each refusal becomes a 422 naming the field it came
 * from (levels[1].targets[0].username, levels[2].triggers[0].unresolvedFor).
 */
final class EscalationPolicyForm {

    private static final String SLUG = "[a-z0-9][a-z0-9-]*";
    private static final List<String> TYPES = List.of("onCall", "person", "team", "vendorSupport");

    private EscalationPolicyForm() {
    }

    /** {@code slug} is the path's on PUT, the body's on POST. */
    static StoredEscalationPolicy read(EscalationPolicyView body, String slug) {
        if (slug == null || slug.length() > 64 || !slug.matches(SLUG)) {
            throw Problem.invalid("slug", "slug must be 1-64 lowercase letters, digits and dashes, e.g. "
                    + "customer-portal; got '" + slug + "'.");
        }
        String name = Text.required("name", body.name(), 200);
        String organization = Text.required("organization", body.organization(), 64);
        List<String> services = listOf(body.services());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < services.size(); i++) {
            String service = Text.required("services[" + i + "]", services.get(i), 64);
            if (!seen.add(service)) {
                throw Problem.invalid("services[" + i + "]", "services[" + i + "]: '" + service
                        + "' is listed twice; list each service once.");
            }
        }
        List<EscalationLevel> levels = new ArrayList<>();
        for (int i = 0; i < listOf(body.levels()).size(); i++) {
            levels.add(level("levels[" + i + "]", body.levels().get(i)));
        }
        EscalationPolicy policy = check("levels", () -> new EscalationPolicy(slug, name, levels));
        return new StoredEscalationPolicy(organization, policy, services);
    }

    private static EscalationLevel level(String field, LevelView level) {
        if (level == null) {
            throw Problem.invalid(field, field + " is empty; send the level's name, targets and triggers.");
        }
        Text.required(field + ".name", level.name(), 200);
        List<EscalationTarget> targets = new ArrayList<>();
        for (int t = 0; t < listOf(level.targets()).size(); t++) {
            targets.add(target(field + ".targets[" + t + "]", level.targets().get(t)));
        }
        List<Trigger> triggers = new ArrayList<>();
        for (int t = 0; t < listOf(level.triggers()).size(); t++) {
            triggers.add(trigger(field + ".triggers[" + t + "]", level.triggers().get(t)));
        }
        // The level refuses an empty list of targets or triggers; say which one.
        String where = targets.isEmpty() ? field + ".targets" : field + ".triggers";
        return check(where, () -> new EscalationLevel(level.name(), targets, triggers));
    }

    private static EscalationTarget target(String field, LevelView.TargetView t) {
        if (t == null || t.type() == null || !TYPES.contains(t.type())) {
            throw Problem.invalid(field + ".type", field + ".type must be one of " + TYPES + "; got '"
                    + (t == null ? null : t.type()) + "'.");
        }
        String type = t.type();
        requireOnlyFor(field + ".schedule", t.schedule(), type, "onCall");
        requireOnlyFor(field + ".layer", t.layer(), type, "onCall");
        requireOnlyFor(field + ".username", t.username(), type, "person");
        requireOnlyFor(field + ".team", t.team(), type, "team");
        return t.target();
    }

    /** A target names exactly one kind: its type's fields are required and the others' absent. */
    private static void requireOnlyFor(String field, String value, String type, String owner) {
        if (type.equals(owner)) {
            Text.required(field, value, 64);
        } else if (value != null) {
            throw Problem.invalid(field, field + " is only for targets of type " + owner + "; this one is " + type
                    + ". Leave it out, or send it as a target of its own.");
        }
    }

    private static Trigger trigger(String field, LevelView.TriggerView t) {
        if (t == null) {
            throw Problem.invalid(field, field + " is empty; send {} for a level that falls due at once.");
        }
        List<String> severities = listOf(t.severities());
        for (int s = 0; s < severities.size(); s++) {
            Text.required(field + ".severities[" + s + "]", severities.get(s), 16);
        }
        Duration unacknowledged = duration(field + ".unacknowledgedFor", t.unacknowledgedFor());
        Duration unresolved = duration(field + ".unresolvedFor", t.unresolvedFor());
        return check(field, () -> new Trigger(Set.copyOf(severities), unacknowledged, unresolved,
                Boolean.TRUE.equals(t.responseTargetMissed()), Boolean.TRUE.equals(t.customerImpact()),
                Boolean.TRUE.equals(t.externalServiceAffected())));
    }

    private static Duration duration(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Problem.invalid(field, field + " must be an ISO-8601 duration such as PT30M or PT1H; got '"
                    + text + "'.");
        }
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
