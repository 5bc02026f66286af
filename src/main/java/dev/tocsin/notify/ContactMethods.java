package dev.tocsin.notify;

import dev.tocsin.identity.People;
import dev.tocsin.notify.internal.ContactMethodRepository;
import dev.tocsin.notify.internal.DeliveryRepository;
import dev.tocsin.notify.spi.NotificationChannel;
import dev.tocsin.platform.Problem;
import dev.tocsin.platform.Text;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API for where people are paged: their contact methods, each address checked by the
 * channel of its type when saved so a typo is refused then, and their notification rules. The
 * REST API ({@code /api/v1/users/{username}/contact-methods}, {@code …/notification-rules}) and the
 * organization folders ({@code people.yaml}) both come here.
 */
@Component
public class ContactMethods {

    public static final int ADDRESS_MAX = 2000;
    public static final int LABEL_MAX = 200;
    /** A rule step waits at most a day: a later page helps nobody. */
    public static final Duration DELAY_MAX = Duration.ofHours(24);

    private final ContactMethodRepository repository;
    private final DeliveryRepository deliveries;
    private final People people;
    private final Map<ContactMethodType, NotificationChannel> channels;

    ContactMethods(ContactMethodRepository repository, DeliveryRepository deliveries, People people,
            List<NotificationChannel> channels) {
        this.repository = repository;
        this.deliveries = deliveries;
        this.people = people;
        this.channels = channels.stream().collect(Collectors.toMap(NotificationChannel::type, Function.identity()));
    }

    /** A contact method as given: its type and address still to check. */
    public record Draft(String type, String address, String label) {
    }

    /** A rule step as given: {@code delay} an ISO-8601 duration (PT5M), {@code contactMethod} an id of the person's. */
    public record Step(String delay, String contactMethod) {
    }

    public List<ContactMethod> of(String username) {
        requirePerson(username);
        return repository.of(username);
    }

    public ContactMethod get(String username, UUID id) {
        requirePerson(username);
        return repository.find(id).filter(m -> m.username().equals(username))
                .orElseThrow(() -> Problem.notFound("Contact method", id.toString()));
    }

    @Transactional
    public ContactMethod create(String username, Draft draft) {
        requirePerson(username);
        ContactMethod method = checked(UUID.randomUUID(), username, draft);
        requireUnique(method);
        repository.insert(method);
        return method;
    }

    @Transactional
    public ContactMethod update(String username, UUID id, Draft draft) {
        get(username, id);
        ContactMethod method = checked(id, username, draft);
        requireUnique(method);
        repository.update(method);
        return method;
    }

    /** Removes it, the rule steps naming it, and its pages not sent yet (cancelled, kept in the log). */
    @Transactional
    public void delete(String username, UUID id) {
        ContactMethod method = get(username, id);
        deliveries.cancelPendingFor(method.id(), "contact method removed");
        repository.delete(method);
    }

    public List<NotificationRule> rules(String username) {
        requirePerson(username);
        return repository.rules(username);
    }

    /** Replaces the person's rules; an empty list means "every contact method at once". */
    @Transactional
    public List<NotificationRule> replaceRules(String username, List<Step> steps) {
        requirePerson(username);
        Set<UUID> own = repository.of(username).stream().map(ContactMethod::id).collect(Collectors.toSet());
        List<NotificationRule> rules = new java.util.ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String field = "[" + i + "].";
            Duration delay = delay(field + "delay", step == null ? null : step.delay());
            UUID method = contactMethodId(field + "contactMethod", step == null ? null : step.contactMethod());
            if (!own.contains(method)) {
                throw Problem.invalid(field + "contactMethod", field + "contactMethod: " + username
                        + " has no contact method " + method + "; list theirs with GET /api/v1/users/" + username
                        + "/contact-methods.");
            }
            rules.add(new NotificationRule(delay, method));
        }
        repository.replaceRules(username, rules);
        return rules;
    }

    /** A contact method as an organization folder lists it. */
    public record Configured(ContactMethodType type, String address, String label) {
    }

    /** A rule step as an organization folder lists it: {@code contactMethod} indexes the person's {@code Configured} list. */
    public record ConfiguredStep(Duration delay, int contactMethod) {
    }

    /**
     * Applies a person's {@code contactMethods} and {@code notificationRules} from their folder:
     * each listed contact method is created or relabelled (its id derives from the person, type and
     * address, so applying twice changes nothing); ones added over the API are kept. Rules are
     * replaced when the folder lists any. The folder checked the addresses its channels know.
     */
    @Transactional
    public void configure(String username, List<Configured> methods, List<ConfiguredStep> steps) {
        List<UUID> ids = new java.util.ArrayList<>();
        for (Configured c : methods) {
            UUID id = repository.find(username, c.type(), c.address()).map(ContactMethod::id)
                    .orElse(UUID.nameUUIDFromBytes((username + "|" + c.type().wire() + "|" + c.address())
                            .getBytes(StandardCharsets.UTF_8)));
            ContactMethod method = new ContactMethod(id, username, c.type(), c.address(), c.label());
            if (repository.find(id).isPresent()) {
                repository.update(method);
            } else {
                repository.insert(method);
            }
            ids.add(id);
        }
        if (!steps.isEmpty()) {
            repository.replaceRules(username, steps.stream()
                    .map(s -> new NotificationRule(s.delay(), ids.get(s.contactMethod()))).toList());
        }
    }

    /** Whether this server has a channel for {@code type} (email needs an SMTP server, SMS a Twilio account). */
    public boolean canSend(ContactMethodType type) {
        return channels.containsKey(type);
    }

    /** Why the channel of {@code type} would refuse {@code address}, when that channel is configured here. */
    public java.util.Optional<String> problemWith(ContactMethodType type, String address) {
        NotificationChannel channel = channels.get(type);
        return channel == null ? java.util.Optional.empty() : channel.problemWith(address);
    }

    private ContactMethod checked(UUID id, String username, Draft draft) {
        if (draft.type() == null || draft.type().isBlank()) {
            throw Problem.invalid("type", "type is required: one of " + wireTypes() + ".");
        }
        ContactMethodType type = ContactMethodType.fromWire(draft.type().strip()).orElseThrow(() -> Problem.invalid(
                "type", "type: '" + draft.type() + "' is not a contact method type; use one of " + wireTypes() + "."));
        NotificationChannel channel = channels.get(type);
        if (channel == null) {
            throw Problem.invalid("type", "type: the " + type.wire() + " channel is not configured on this server, "
                    + "so nobody can be paged by " + type.wire() + "; configured: "
                    + channels.keySet().stream().map(ContactMethodType::wire).sorted().toList()
                    + " (docs/notifications.md).");
        }
        String address = Text.required("address", draft.address(), ADDRESS_MAX);
        channel.problemWith(address).ifPresent(problem -> {
            throw Problem.invalid("address", "address: " + problem);
        });
        return new ContactMethod(id, username, type, address, Text.optional("label", draft.label(), LABEL_MAX));
    }

    private void requireUnique(ContactMethod method) {
        repository.find(method.username(), method.type(), method.address())
                .filter(other -> !other.id().equals(method.id()))
                .ifPresent(other -> {
                    throw Problem.conflict("already-exists", "Already exists", method.username() + " has the "
                            + method.type().wire() + " address '" + method.address() + "' already, as contact method "
                            + other.id() + ".", Map.of("contactMethod", other.id().toString()));
                });
    }

    private static Duration delay(String field, String text) {
        if (text == null || text.isBlank()) {
            throw Problem.invalid(field, field + " is required: an ISO-8601 duration such as PT0S or PT5M.");
        }
        Duration delay;
        try {
            delay = Duration.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw Problem.invalid(field, field + ": '" + text + "' is not an ISO-8601 duration; write e.g. PT0S or PT5M.");
        }
        if (delay.isNegative() || delay.compareTo(DELAY_MAX) > 0) {
            throw Problem.invalid(field, field + ": " + text + " is outside 0 to " + DELAY_MAX + ".");
        }
        return delay;
    }

    private static UUID contactMethodId(String field, String text) {
        if (text == null || text.isBlank()) {
            throw Problem.invalid(field, field + " is required: the id of one of the person's contact methods.");
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw Problem.invalid(field, field + ": '" + text + "' is not a contact method id.");
        }
    }

    private void requirePerson(String username) {
        if (people.person(username).isEmpty()) {
            throw Problem.notFound("User", username);
        }
    }

    private static List<String> wireTypes() {
        return java.util.Arrays.stream(ContactMethodType.values()).map(ContactMethodType::wire).toList();
    }
}
