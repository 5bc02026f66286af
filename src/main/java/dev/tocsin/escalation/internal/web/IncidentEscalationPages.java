package dev.tocsin.escalation.internal.web;

import dev.tocsin.escalation.internal.ManualEscalation;
import dev.tocsin.platform.Problem;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The escalation card of an incident's page. The incident module must not know escalation (the
 * dependency points the other way), so its page loads this fragment with htmx, as it loads alerts.
 */
@Controller
class IncidentEscalationPages {

    private final EscalationCards cards;
    private final ManualEscalation escalation;

    IncidentEscalationPages(EscalationCards cards, ManualEscalation escalation) {
        this.cards = cards;
        this.escalation = escalation;
    }

    @GetMapping("/incidents/{reference}/escalation")
    String card(@PathVariable String reference, Model model) {
        model.addAttribute("card", cards.card(reference));
        return "escalation/incident :: card";
    }

    /** "Escalate now": the API's manual escalation, then back to the incident page (post/redirect/get). */
    @PostMapping("/incidents/{reference}/escalate")
    String escalate(@PathVariable String reference, Principal principal, RedirectAttributes flash) {
        try {
            ManualEscalation.Escalated escalated = escalation.escalate(reference, principal.getName());
            flash.addFlashAttribute("notice", "Escalated to " + escalated.level() + ".");
        } catch (Problem problem) {
            if (problem.status() == HttpStatus.NOT_FOUND) {
                throw problem;
            }
            flash.addFlashAttribute("error", problem.getMessage());
        }
        return "redirect:/incidents/" + reference;
    }
}
