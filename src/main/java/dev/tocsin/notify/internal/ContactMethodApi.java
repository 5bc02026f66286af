package dev.tocsin.notify.internal;

import dev.tocsin.notify.ContactMethod;
import dev.tocsin.notify.ContactMethods;
import dev.tocsin.notify.NotificationRule;
import dev.tocsin.platform.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's contact methods and notification rules. Read from viewer up; written by admins, since
 * API tokens belong to no person who could edit "their own" (SecurityConfiguration).
 */
@RestController
@RequestMapping("/api/v1/users/{username}")
@SecurityRequirement(name = "bearer")
class ContactMethodApi {

    private final ContactMethods contactMethods;

    ContactMethodApi(ContactMethods contactMethods) {
        this.contactMethods = contactMethods;
    }

    record ContactMethodView(String id, String type, String address, String label) {
        static ContactMethodView of(ContactMethod m) {
            return new ContactMethodView(m.id().toString(), m.type().wire(), m.address(), m.label());
        }
    }

    record RuleView(String delay, String contactMethod) {
        static RuleView of(NotificationRule rule) {
            return new RuleView(rule.delay().toString(), rule.contactMethod().toString());
        }
    }

    @GetMapping("/contact-methods")
    @Operation(summary = "The user's contact methods")
    List<ContactMethodView> list(@PathVariable String username) {
        return contactMethods.of(username).stream().map(ContactMethodView::of).toList();
    }

    @PostMapping("/contact-methods")
    @Operation(summary = "Add a contact method (admin)", description = "type: email, slack, teams, webhook, sms or "
            + "voice; the address is checked by that channel. 422 naming the field, also when the type's channel is "
            + "not configured; 409 when the user has that address already")
    ResponseEntity<ContactMethodView> create(@PathVariable String username,
            @RequestBody ContactMethods.Draft draft) {
        ContactMethod created = contactMethods.create(username, draft);
        return ResponseEntity.created(URI.create("/api/v1/users/" + username + "/contact-methods/" + created.id()))
                .body(ContactMethodView.of(created));
    }

    @GetMapping("/contact-methods/{id}")
    @Operation(summary = "One contact method")
    ContactMethodView get(@PathVariable String username, @PathVariable String id) {
        return ContactMethodView.of(contactMethods.get(username, id(id)));
    }

    @PutMapping("/contact-methods/{id}")
    @Operation(summary = "Replace a contact method (admin)", description = "Pages already written keep the address "
            + "they were written for")
    ContactMethodView update(@PathVariable String username, @PathVariable String id,
            @RequestBody ContactMethods.Draft draft) {
        return ContactMethodView.of(contactMethods.update(username, id(id), draft));
    }

    @DeleteMapping("/contact-methods/{id}")
    @Operation(summary = "Remove a contact method (admin)", description = "Its rule steps go with it, and its pages "
            + "not sent yet are cancelled")
    ResponseEntity<Void> delete(@PathVariable String username, @PathVariable String id) {
        contactMethods.delete(username, id(id));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/notification-rules")
    @Operation(summary = "The user's notification rules, in order", description = "Empty: every contact method at once")
    List<RuleView> rules(@PathVariable String username) {
        return contactMethods.rules(username).stream().map(RuleView::of).toList();
    }

    @PutMapping("/notification-rules")
    @Operation(summary = "Replace the user's notification rules (admin)", description = "An ordered list of "
            + "{\"delay\": \"PT5M\", \"contactMethod\": id}; 422 naming the step's field")
    List<RuleView> replaceRules(@PathVariable String username, @RequestBody List<ContactMethods.Step> steps) {
        return contactMethods.replaceRules(username, steps).stream().map(RuleView::of).toList();
    }

    private static UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problem.notFound("Contact method", id);
        }
    }
}
