package dev.tocsin.runbook.internal.web;

import dev.tocsin.platform.Problem;
import dev.tocsin.runbook.Runbooks;
import dev.tocsin.runbook.StoredRunbook;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The runbook pages: every runbook, and one with its scenarios, steps and lint findings. Read only. */
@Controller
class RunbookPages {

    private final Runbooks runbooks;

    RunbookPages(Runbooks runbooks) {
        this.runbooks = runbooks;
    }

    @GetMapping("/runbooks")
    String list(Model model) {
        model.addAttribute("runbooks", runbooks.all().stream()
                .map(r -> new Listed(r, runbooks.parse(r).scenarios().size(), runbooks.lint(r).size())).toList());
        return "runbook/list";
    }

    @GetMapping("/runbooks/{id}")
    String show(@PathVariable String id, Model model) {
        StoredRunbook runbook = runbooks.find(id).orElseThrow(() -> Problem.notFound("Runbook", id));
        model.addAttribute("stored", runbook);
        model.addAttribute("runbook", runbooks.parse(runbook));
        model.addAttribute("findings", runbooks.lint(runbook));
        return "runbook/show";
    }

    record Listed(StoredRunbook runbook, int scenarios, int findings) {
    }
}
