package dev.tocsin.config.internal;

import dev.tocsin.config.internal.OrganizationFiles.ContactMethodEntry;
import dev.tocsin.config.internal.OrganizationFiles.NotificationRuleEntry;
import dev.tocsin.config.internal.OrganizationFiles.PersonEntry;
import dev.tocsin.notify.ContactMethodType;
import dev.tocsin.notify.ContactMethods;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A person's {@code contactMethods} and {@code notificationRules} in people.yaml: how they are paged.
 * A rule names a contact method by its label, or by its type when the person has one of that type.
 */
final class PagingReader {

    /** One person's paging as the folder says it. */
    record Paging(String username, List<ContactMethods.Configured> contactMethods,
            List<ContactMethods.ConfiguredStep> rules) {
    }

    private PagingReader() {
    }

    static Paging read(Path file, PersonEntry person) {
        String who = person.username();
        List<ContactMethods.Configured> methods = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ContactMethodEntry m : OrganizationFolder.listOf(person.contactMethods())) {
            OrganizationFolder.require(file, m.type(), "type of a contact method of " + who, 16);
            ContactMethodType type = ContactMethodType.fromWire(m.type()).orElseThrow(() -> new InvalidConfiguration(
                    file, "contact method type '" + m.type() + "' of " + who + " is not one of "
                            + Arrays.stream(ContactMethodType.values()).map(ContactMethodType::wire).toList()));
            OrganizationFolder.require(file, m.address(), "address of a " + m.type() + " contact method of " + who,
                    ContactMethods.ADDRESS_MAX);
            if (!seen.add(type.wire() + " " + m.address())) {
                throw new InvalidConfiguration(file, who + " lists the " + type.wire() + " address '" + m.address()
                        + "' twice");
            }
            methods.add(new ContactMethods.Configured(type, m.address().strip(), m.label()));
        }
        List<ContactMethods.ConfiguredStep> rules = new ArrayList<>();
        for (NotificationRuleEntry r : OrganizationFolder.listOf(person.notificationRules())) {
            OrganizationFolder.require(file, r.contactMethod(), "contactMethod of a notification rule of " + who, 200);
            Duration delay = r.delay() == null ? Duration.ZERO
                    : OrganizationFolder.duration(file, r.delay(), "delay of a notification rule of " + who);
            if (delay.isNegative() || delay.compareTo(ContactMethods.DELAY_MAX) > 0) {
                throw new InvalidConfiguration(file, "a notification rule of " + who + " waits " + r.delay()
                        + "; use 0m to 24h");
            }
            rules.add(new ContactMethods.ConfiguredStep(delay, index(file, who, methods, r.contactMethod())));
        }
        return new Paging(who, methods, rules);
    }

    private static int index(Path file, String who, List<ContactMethods.Configured> methods, String name) {
        for (int i = 0; i < methods.size(); i++) {
            if (name.equals(methods.get(i).label())) {
                return i;
            }
        }
        List<Integer> ofType = new ArrayList<>();
        for (int i = 0; i < methods.size(); i++) {
            if (methods.get(i).type().wire().equalsIgnoreCase(name)) {
                ofType.add(i);
            }
        }
        if (ofType.size() == 1) {
            return ofType.getFirst();
        }
        throw new InvalidConfiguration(file, "a notification rule of " + who + " names contact method '" + name
                + "', which " + (ofType.isEmpty() ? "is neither a label nor a type of theirs"
                        : "is the type of several of theirs; give them labels and name one"));
    }
}
