package dev.tocsin.alert.internal.web;

import dev.tocsin.alert.Alert;
import dev.tocsin.alert.AlertStatus;
import dev.tocsin.alert.Integration;
import dev.tocsin.alert.Integrations;
import dev.tocsin.alert.Silence;
import dev.tocsin.alert.Silences;
import dev.tocsin.alert.internal.AlertRepository;
import dev.tocsin.catalog.Catalog;
import dev.tocsin.catalog.Organization;
import dev.tocsin.catalog.Service;
import dev.tocsin.incident.Incident;
import dev.tocsin.incident.Incidents;
import dev.tocsin.platform.Problem;
import dev.tocsin.platform.Wire;
import java.io.Serializable;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Alert and silence pages. The incident page loads its alerts from {@code /alerts/fragment} with
 * htmx, so the incident module need not know about alerts. Writes are form posts that redirect
 * back (post/redirect/get), with errors as flash attributes.
 */
@Controller
class AlertPages {

    /** How many alerts the list shows; the status filter applies to these. */
    static final int LIST_SIZE = 200;

    /** The "for" choices of the silence form, used when no end time is given. */
    static final Map<String, String> DURATIONS = durations();

    private final AlertRepository alerts;
    private final Silences silences;
    private final Integrations integrations;
    private final Incidents incidents;
    private final Catalog catalog;
    private final Clock clock;

    AlertPages(AlertRepository alerts, Silences silences, Integrations integrations, Incidents incidents,
            Catalog catalog, Clock clock) {
        this.alerts = alerts;
        this.silences = silences;
        this.integrations = integrations;
        this.incidents = incidents;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * An alert as a row: its service (from its integration), its incident's reference, and the
     * comment of the silence that kept it out of incidents (null when either is absent or unknown).
     */
    record AlertRow(Alert alert, String service, String incident, String silence) {
    }

    /** A silence and whether it is active, upcoming or ended now. */
    record SilenceRow(Silence silence, String state) {

        public boolean endable() {
            return !"ended".equals(state);
        }
    }

    /** The silence form as posted; flashed back with an error so nothing typed is lost. */
    record SilenceForm(String kind, String comment, List<String> services, String matchers, String startsAt,
            String endsAt, String duration) implements Serializable {

        static final SilenceForm EMPTY = new SilenceForm("silence", "", List.of(), "", "", "", "PT1H");

        public boolean has(String service) {
            return services != null && services.contains(service);
        }
    }

    @GetMapping("/alerts")
    String list(@RequestParam(defaultValue = "") String status, Model model) {
        AlertStatus wanted = status(status);
        List<Alert> latest = alerts.latest(LIST_SIZE).stream()
                .filter(a -> wanted == null || a.status() == wanted).toList();
        model.addAttribute("rows", rows(latest));
        model.addAttribute("status", status);
        model.addAttribute("limit", LIST_SIZE);
        return "alerts/list";
    }

    /** The incident page's alerts card, loaded lazily by htmx. */
    @GetMapping("/alerts/fragment")
    String incidentAlerts(@RequestParam UUID incident, Model model) {
        model.addAttribute("rows", rows(alerts.forIncident(incident)));
        return "alerts/incident :: alerts";
    }

    @GetMapping("/silences")
    String silences(Model model) {
        Instant now = clock.instant();
        model.addAttribute("rows", silences.recent().stream().map(s -> new SilenceRow(s, state(s, now))).toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", SilenceForm.EMPTY);
        }
        List<Organization> organizations = catalog.organizations();
        model.addAttribute("organizations", organizations);
        model.addAttribute("servicesByOrganization", catalog.services().stream()
                .collect(Collectors.groupingBy(Service::organization)));
        model.addAttribute("kinds", Silence.Kind.values());
        model.addAttribute("durations", DURATIONS);
        return "silences/list";
    }

    @PostMapping("/silences")
    String createSilence(@ModelAttribute SilenceForm form, Principal principal, RedirectAttributes flash) {
        try {
            Silence.Kind kind = kind(form.kind());
            List<String> services = services(form.services());
            Map<String, String> matchers = matchers(form.matchers());
            Instant startsAt = dateTime("startsAt", form.startsAt());
            Instant endsAt = dateTime("endsAt", form.endsAt());
            if (endsAt == null) {
                endsAt = (startsAt == null ? clock.instant() : startsAt).plus(duration(form.duration()));
            }
            Silence created = silences.create(kind, form.comment(), matchers, services, startsAt, endsAt,
                    principal.getName());
            flash.addFlashAttribute("notice", (kind == Silence.Kind.MAINTENANCE ? "Maintenance window" : "Silence")
                    + " created: " + created.comment());
        } catch (Problem problem) {
            flash.addFlashAttribute("error", problem.getMessage());
            flash.addFlashAttribute("form", form);
        }
        return "redirect:/silences";
    }

    @PostMapping("/silences/{id}/end")
    String endSilence(@PathVariable UUID id, RedirectAttributes flash) {
        try {
            silences.end(id);
            flash.addFlashAttribute("notice", "Silence ended.");
        } catch (Problem problem) {
            flash.addFlashAttribute("error", problem.status() == HttpStatus.NOT_FOUND
                    ? "That silence has ended already." : problem.getMessage());
        }
        return "redirect:/silences";
    }

    private List<AlertRow> rows(List<Alert> list) {
        Map<UUID, String> services = integrations.list().stream()
                .collect(Collectors.toMap(Integration::id, Integration::service, (a, b) -> a));
        Map<UUID, String> references = new HashMap<>();
        Function<UUID, String> reference = id -> references.computeIfAbsent(id,
                key -> incidents.find(key.toString()).map(Incident::reference).orElse(null));
        Map<UUID, String> comments = list.stream().anyMatch(a -> a.silencedBy() != null)
                ? silences.recent().stream().collect(Collectors.toMap(Silence::id, Silence::comment, (a, b) -> a))
                : Map.of();
        return list.stream().map(a -> new AlertRow(a, services.getOrDefault(a.integrationId(), "—"),
                a.incidentId() == null ? null : reference.apply(a.incidentId()),
                a.silencedBy() == null ? null : comments.get(a.silencedBy()))).toList();
    }

    private static AlertStatus status(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return AlertStatus.fromWire(value);
        } catch (Problem problem) {
            throw Problem.badParameter("status", "must be firing or resolved, or empty for all; not '" + value + "'.");
        }
    }

    private static String state(Silence silence, Instant now) {
        // The same rule as the repository's: a silence whose end is now has ended.
        if (!silence.endsAt().isAfter(now)) {
            return "ended";
        }
        return silence.startsAt().isAfter(now) ? "upcoming" : "active";
    }

    private static Silence.Kind kind(String value) {
        return Wire.parse(Silence.Kind.class, "kind", value);
    }

    /** The services ticked; Silences refuses those the catalog does not know, for the API and this form alike. */
    private static List<String> services(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }

    /** One matcher a line, as {@code name=value}; blank lines are skipped. */
    static Map<String, String> matchers(String text) {
        Map<String, String> matchers = new LinkedHashMap<>();
        if (text == null) {
            return matchers;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            String name = eq < 0 ? "" : line.substring(0, eq).strip();
            String value = eq < 0 ? "" : line.substring(eq + 1).strip();
            if (name.isEmpty() || value.isEmpty()) {
                throw Problem.invalid("matchers", "Matcher '" + line.strip() + "' is not name=value, "
                        + "e.g. alertname=RedisDown.");
            }
            if (matchers.containsKey(name) && !matchers.get(name).equals(value)) {
                throw Problem.invalid("matchers", "Label '" + name + "' is matched twice with different values; "
                        + "an alert has one value per label.");
            }
            matchers.put(name, value);
        }
        return matchers;
    }

    /** A datetime-local value, read as UTC; null when left empty. */
    static Instant dateTime(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw Problem.invalid(field, field + " '" + value + "' is not a date and time like 2026-11-23T09:00.");
        }
    }

    private static Duration duration(String value) {
        return Optional.ofNullable(value).filter(DURATIONS::containsKey).map(Duration::parse)
                .orElseThrow(() -> Problem.invalid("duration", "Choose how long the silence lasts, or when it ends."));
    }

    private static Map<String, String> durations() {
        Map<String, String> durations = new LinkedHashMap<>();
        durations.put("PT30M", "30 minutes");
        durations.put("PT1H", "1 hour");
        durations.put("PT4H", "4 hours");
        durations.put("P1D", "1 day");
        durations.put("P7D", "1 week");
        return java.util.Collections.unmodifiableMap(durations);
    }
}
