package dev.tocsin.notify.internal.web;

import dev.tocsin.identity.People;
import dev.tocsin.identity.Person;
import dev.tocsin.notify.ContactMethod;
import dev.tocsin.notify.ContactMethods;
import dev.tocsin.notify.NotificationRule;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The People page, read only: each person's contact methods and what a level reaching them does,
 * so an on-call engineer can check how they will be paged (and a server without SMTP shows whom
 * it cannot page). Contact methods and rules are edited over the API or in people.yaml.
 */
@Controller
class PeoplePages {

    private final People people;
    private final ContactMethods contactMethods;

    PeoplePages(People people, ContactMethods contactMethods) {
        this.people = people;
        this.contactMethods = contactMethods;
    }

    @GetMapping("/people")
    String list(Model model) {
        model.addAttribute("people", people.people().stream()
                .filter(person -> !People.BOOTSTRAP_ADMIN.equals(person.username()))
                .sorted(Comparator.comparing((Person p) -> String.valueOf(p.organization()))
                        .thenComparing(Person::displayName))
                .map(this::view).toList());
        return "notify/people";
    }

    private PersonView view(Person person) {
        List<ContactMethod> methods = contactMethods.of(person.username());
        List<PersonView.Method> shown = methods.stream().map(m -> new PersonView.Method(m.type().wire(), m.label(),
                shown(m.address()), contactMethods.canSend(m.type()))).toList();
        List<ContactMethod> usable = methods.stream().filter(m -> contactMethods.canSend(m.type())).toList();
        String paging;
        if (methods.isEmpty()) {
            paging = "Not paged: no contact method";
        } else if (usable.isEmpty()) {
            paging = "Not paged: this server has no channel for " + methods.stream().map(m -> m.type().wire())
                    .distinct().collect(Collectors.joining(" or "));
        } else {
            paging = steps(contactMethods.rules(person.username()), usable);
        }
        return new PersonView(person.username(), person.displayName(), person.organization(), person.title(), shown,
                paging, !usable.isEmpty());
    }

    /** "email at once, then sms after 5 min"; no rules: every usable method at once. */
    private static String steps(List<NotificationRule> rules, List<ContactMethod> usable) {
        if (rules.isEmpty()) {
            return usable.stream().map(PeoplePages::name).collect(Collectors.joining(" and ")) + " at once";
        }
        Map<UUID, ContactMethod> byId = usable.stream()
                .collect(Collectors.toMap(ContactMethod::id, Function.identity()));
        List<String> parts = new ArrayList<>();
        for (NotificationRule rule : rules) {
            ContactMethod method = byId.get(rule.contactMethod());
            if (method != null) {
                parts.add(name(method) + (rule.delay().isZero() ? " at once" : " after " + minutes(rule.delay())));
            }
        }
        return parts.isEmpty() ? "Not paged: every rule names a contact method this server cannot use"
                : String.join(", then ", parts);
    }

    /**
     * A URL (a webhook, Slack or Teams) is its host only: the rest is often the secret that lets
     * anyone post there, and this page is open to viewers.
     */
    static String shown(String address) {
        try {
            URI uri = URI.create(address);
            if (uri.getScheme() != null && uri.getHost() != null) {
                return uri.getScheme() + "://" + uri.getHost() + "/…";
            }
        } catch (IllegalArgumentException notAUrl) {
            // An email address or a phone number: shown as it is.
        }
        return address;
    }

    private static String name(ContactMethod method) {
        return method.label() == null || method.label().isBlank() ? method.type().wire() : method.label();
    }

    private static String minutes(Duration delay) {
        return delay.toSeconds() % 60 == 0 ? delay.toMinutes() + " min" : delay.toSeconds() + " s";
    }
}
