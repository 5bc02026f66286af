package dev.tocsin.incident.internal.web;

import dev.tocsin.catalog.Catalog;
import dev.tocsin.catalog.Organization;
import dev.tocsin.catalog.Service;
import dev.tocsin.identity.People;
import dev.tocsin.incident.DetectionSource;
import dev.tocsin.incident.Incident;
import dev.tocsin.incident.IncidentChange;
import dev.tocsin.incident.IncidentFilter;
import dev.tocsin.incident.IncidentStatus;
import dev.tocsin.incident.Incidents;
import dev.tocsin.incident.Severity;
import dev.tocsin.incident.SeverityPolicy;
import dev.tocsin.incident.timeline.Timeline;
import dev.tocsin.platform.Problem;
import java.security.Principal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Incident pages. Writes are plain form posts that redirect back (post/redirect/get). */
@Controller
class IncidentPages {

    private static final int PAGE_SIZE = 25;

    private final Incidents incidents;
    private final SeverityPolicy severities;
    private final Catalog catalog;
    private final People people;
    private final Timeline timeline;
    private final IncidentStream stream;

    IncidentPages(Incidents incidents, SeverityPolicy severities, Catalog catalog, People people, Timeline timeline,
            IncidentStream stream) {
        this.incidents = incidents;
        this.severities = severities;
        this.catalog = catalog;
        this.people = people;
        this.timeline = timeline;
        this.stream = stream;
    }

    @GetMapping("/incidents")
    String list(@RequestParam(defaultValue = "open") String status, @RequestParam(defaultValue = "") String severity,
            @RequestParam(defaultValue = "") String service, @RequestParam(defaultValue = "0") int page, Model model) {
        var filter = new IncidentFilter(IncidentFilter.statuses(status), severity.isBlank() ? null : severity,
                service.isBlank() ? null : service);
        model.addAttribute("page", incidents.list(filter, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("status", status);
        model.addAttribute("severity", severity);
        model.addAttribute("service", service);
        model.addAttribute("services", catalog.services());
        model.addAttribute("severityCodes", catalog.organizations().stream()
                .flatMap(o -> severities.severities(o.slug()).stream().map(Severity::code)).distinct().toList());
        return "incidents/list";
    }

    @GetMapping("/incidents/new")
    String declareForm(Model model) {
        return declarePage(model, DeclareForm.EMPTY, null);
    }

    @PostMapping("/incidents")
    String declare(@ModelAttribute DeclareForm form, Principal principal, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        try {
            Incident incident = incidents.declare(form.toCommand(), principal.getName());
            return "redirect:/incidents/" + incident.reference();
        } catch (Problem problem) {
            response.setStatus(problem.status().value());
            return declarePage(model, form, problem.getMessage());
        }
    }

    @GetMapping("/incidents/{ref}")
    String show(@PathVariable String ref, Model model) {
        Incident incident = putState(ref, model);
        model.addAttribute("entries", timeline.entries(incident.id()));
        return "incidents/show";
    }

    /** The incident's facts and actions without the timeline, for live refreshes. */
    @GetMapping("/incidents/{ref}/state")
    String state(@PathVariable String ref, Model model) {
        putState(ref, model);
        return "incidents/show :: state";
    }

    @GetMapping("/incidents/{ref}/timeline")
    String timeline(@PathVariable String ref, Model model) {
        model.addAttribute("entries", timeline.entries(incidents.require(ref).id()));
        return "incidents/timeline :: entries";
    }

    @GetMapping("/incidents/{ref}/timeline/verify")
    String verify(@PathVariable String ref, Model model) {
        model.addAttribute("verification", timeline.verify(incidents.require(ref).id()));
        return "incidents/timeline :: verification";
    }

    @GetMapping(path = "/incidents/{ref}/stream", produces = "text/event-stream")
    SseEmitter stream(@PathVariable String ref) {
        return stream.watch(incidents.require(ref).id());
    }

    @PostMapping("/incidents/{ref}/status")
    String status(@PathVariable String ref, @RequestParam String status, Principal principal, RedirectAttributes flash) {
        return change(ref, flash, () -> incidents.change(ref,
                new IncidentChange(IncidentStatus.fromWire(status), null, null, null, null), principal.getName()));
    }

    @PostMapping("/incidents/{ref}/severity")
    String severity(@PathVariable String ref, @RequestParam String severity, Principal principal,
            RedirectAttributes flash) {
        return change(ref, flash, () -> incidents.change(ref, new IncidentChange(null, severity, null, null, null),
                principal.getName()));
    }

    @PostMapping("/incidents/{ref}/commander")
    String commander(@PathVariable String ref, @RequestParam String commander, Principal principal,
            RedirectAttributes flash) {
        return change(ref, flash, () -> incidents.change(ref, new IncidentChange(null, null, commander, null, null),
                principal.getName()));
    }

    @PostMapping("/incidents/{ref}/notes")
    String note(@PathVariable String ref, @RequestParam String text, Principal principal, RedirectAttributes flash) {
        return change(ref, flash, () -> incidents.addNote(ref, text, principal.getName()));
    }

    @GetMapping("/severities")
    String severityPolicy(Model model) {
        List<Organization> organizations = catalog.organizations();
        Map<String, List<Severity>> policies = new LinkedHashMap<>();
        organizations.forEach(o -> policies.put(o.slug(), severities.severities(o.slug())));
        model.addAttribute("organizations", organizations);
        model.addAttribute("policies", policies);
        return "severities";
    }

    private Incident putState(String ref, Model model) {
        Incident incident = incidents.require(ref);
        model.addAttribute("incident", incident);
        model.addAttribute("severities", severities.severities(incident.organization()));
        model.addAttribute("people", people.people().stream()
                .filter(p -> p.organization() == null || p.organization().equals(incident.organization())).toList());
        model.addAttribute("labels", labels(incident.status()));
        return incident;
    }

    private String change(String ref, RedirectAttributes flash, Supplier<?> action) {
        try {
            action.get();
        } catch (Problem problem) {
            if (problem.status() == HttpStatus.NOT_FOUND) {
                throw problem;
            }
            flash.addFlashAttribute("error", problem.getMessage());
        }
        return "redirect:/incidents/" + ref;
    }

    private String declarePage(Model model, DeclareForm form, String error) {
        List<Organization> organizations = catalog.organizations();
        Map<String, List<Service>> services = catalog.services().stream()
                .collect(Collectors.groupingBy(Service::organization));
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("organizations", organizations);
        model.addAttribute("servicesByOrganization", services);
        model.addAttribute("severityChoices", severityChoices(organizations));
        model.addAttribute("detectionSources", DetectionSource.values());
        return "incidents/new";
    }

    /** One choice per severity code, showing what it means in each organization. */
    record SeverityChoice(String code, String name, List<Meaning> meanings) {
    }

    record Meaning(String organization, String definition, String responseTime) {
    }

    private List<SeverityChoice> severityChoices(List<Organization> organizations) {
        Map<String, SeverityChoice> choices = new LinkedHashMap<>();
        for (Organization o : organizations) {
            for (Severity s : severities.severities(o.slug())) {
                choices.computeIfAbsent(s.code(), code -> new SeverityChoice(code, s.name(), new java.util.ArrayList<>()))
                        .meanings().add(new Meaning(o.name(), s.definition(), s.responseTime().phrase()));
            }
        }
        return List.copyOf(choices.values());
    }

    private static Map<IncidentStatus, String> labels(IncidentStatus current) {
        Map<IncidentStatus, String> labels = new EnumMap<>(IncidentStatus.class);
        labels.put(IncidentStatus.ACKNOWLEDGED, "Acknowledge");
        labels.put(IncidentStatus.INVESTIGATING, current == IncidentStatus.RESOLVED ? "Reopen" : "Investigating");
        labels.put(IncidentStatus.IDENTIFIED, "Cause identified");
        labels.put(IncidentStatus.MONITORING, "Monitoring fix");
        labels.put(IncidentStatus.RESOLVED, "Resolve");
        labels.put(IncidentStatus.CLOSED, "Close");
        return labels;
    }
}
