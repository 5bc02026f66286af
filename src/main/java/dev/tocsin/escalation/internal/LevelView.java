package dev.tocsin.escalation.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tocsin.escalation.EscalationLevel;
import dev.tocsin.escalation.EscalationTarget;
import dev.tocsin.escalation.Trigger;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * A level as the API shows it and as V9 stores it (one JSON document of a policy's levels):
 * targets carry a type (onCall, person, team, vendorSupport), durations are ISO-8601 (PT30M).
 */
record LevelView(String name, List<TargetView> targets, List<TriggerView> triggers) {

    static LevelView of(EscalationLevel level) {
        return new LevelView(level.name(), level.targets().stream().map(TargetView::of).toList(),
                level.triggers().stream().map(TriggerView::of).toList());
    }

    EscalationLevel level() {
        return new EscalationLevel(name, targets.stream().map(TargetView::target).toList(),
                triggers.stream().map(TriggerView::trigger).toList());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TargetView(String type, String schedule, String layer, String username, String team) {

        static TargetView of(EscalationTarget target) {
            return switch (target) {
                case EscalationTarget.OnCall o -> new TargetView("onCall", o.schedule(), o.layer(), null, null);
                case EscalationTarget.Person p -> new TargetView("person", null, null, p.username(), null);
                case EscalationTarget.Team t -> new TargetView("team", null, null, null, t.slug());
                case EscalationTarget.VendorSupport v -> new TargetView("vendorSupport", null, null, null, null);
            };
        }

        EscalationTarget target() {
            return switch (type) {
                case "onCall" -> new EscalationTarget.OnCall(schedule, layer);
                case "person" -> new EscalationTarget.Person(username);
                case "team" -> new EscalationTarget.Team(team);
                case "vendorSupport" -> new EscalationTarget.VendorSupport();
                default -> throw new IllegalStateException("Unknown escalation target type '" + type + "'");
            };
        }
    }

    /** The flags are objects so that a body may leave them out (false): {} is a trigger that always holds. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TriggerView(List<String> severities, String unacknowledgedFor, String unresolvedFor,
            Boolean responseTargetMissed, Boolean customerImpact, Boolean externalServiceAffected) {

        static TriggerView of(Trigger trigger) {
            return new TriggerView(trigger.severities().stream().sorted().toList(), text(trigger.unacknowledgedFor()),
                    text(trigger.unresolvedFor()), trigger.responseTargetMissed(), trigger.customerImpact(),
                    trigger.externalServiceAffected());
        }

        Trigger trigger() {
            return new Trigger(severities == null ? Set.of() : Set.copyOf(severities), duration(unacknowledgedFor),
                    duration(unresolvedFor), isTrue(responseTargetMissed), isTrue(customerImpact),
                    isTrue(externalServiceAffected));
        }

        private static boolean isTrue(Boolean flag) {
            return Boolean.TRUE.equals(flag);
        }

        private static String text(Duration duration) {
            return duration == null ? null : duration.toString();
        }

        private static Duration duration(String text) {
            return text == null ? null : Duration.parse(text);
        }
    }
}
