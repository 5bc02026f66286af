package dev.tocsin.escalation.internal.web;

import dev.tocsin.escalation.EscalationPolicies;
import dev.tocsin.platform.Problem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Escalation policy pages, read only: policies come from the organization folders and the API. */
@Controller
class EscalationPolicyPages {

    private final EscalationPolicies policies;
    private final PolicyViews views;

    EscalationPolicyPages(EscalationPolicies policies, PolicyViews views) {
        this.policies = policies;
        this.views = views;
    }

    @GetMapping("/escalation-policies")
    String list(Model model) {
        model.addAttribute("policies", policies.all().stream().map(views::view).toList());
        return "escalation/list";
    }

    @GetMapping("/escalation-policies/{slug}")
    String show(@PathVariable String slug, Model model) {
        model.addAttribute("policy", policies.policy(slug).map(views::view)
                .orElseThrow(() -> Problem.notFound("Escalation policy", slug)));
        return "escalation/show";
    }
}
