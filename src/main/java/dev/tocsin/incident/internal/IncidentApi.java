package dev.tocsin.incident.internal;

import dev.tocsin.incident.IncidentFilter;
import dev.tocsin.incident.IncidentView;
import dev.tocsin.incident.Incidents;
import dev.tocsin.incident.timeline.Timeline;
import dev.tocsin.incident.timeline.TimelineEntry;
import dev.tocsin.incident.timeline.TimelineVerification;
import dev.tocsin.platform.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/incidents")
@SecurityRequirement(name = "bearer")
class IncidentApi {

    private final Incidents incidents;
    private final Timeline timeline;

    IncidentApi(Incidents incidents, Timeline timeline) {
        this.incidents = incidents;
        this.timeline = timeline;
    }

    record Page(List<IncidentView> items, int page, int size, long total) {
    }

    @PostMapping
    @Operation(summary = "Declare an incident", description = "responseDueAt = detectedAt + the severity's response time")
    ResponseEntity<IncidentView> declare(@Valid @RequestBody IncidentRequests.Declare request, Principal principal) {
        IncidentView created = IncidentView.of(incidents.declare(request.toCommand(), principal.getName()));
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(summary = "List incidents, open ones first by severity",
            description = "status: open (not yet resolved), closed (resolved or closed) or one status name")
    Page list(@RequestParam(required = false) String status, @RequestParam(required = false) String severity,
            @RequestParam(required = false) String service,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var result = incidents.list(new IncidentFilter(IncidentFilter.statuses(status), severity, service), page, size);
        return new Page(result.items().stream().map(IncidentView::of).toList(), result.page(), result.size(),
                result.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One incident, by id or by number (INC-7)")
    IncidentView get(@PathVariable String id) {
        return IncidentView.of(incidents.require(id));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change status, severity, commander or customer impact",
            description = "An illegal status move answers 409 with the allowed next statuses")
    IncidentView change(@PathVariable String id, @Valid @RequestBody IncidentRequests.Change request,
            Principal principal) {
        var change = request.toCommand();
        if (change.empty()) {
            throw Problem.invalid("status", "Nothing to change: send at least one of status, severity, commander, "
                    + "customerImpact, impact.");
        }
        return IncidentView.of(incidents.change(id, change, principal.getName()));
    }

    @PostMapping("/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a note to the timeline")
    TimelineEntry note(@PathVariable String id, @Valid @RequestBody IncidentRequests.Note request, Principal principal) {
        return incidents.addNote(id, request.text(), principal.getName());
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "The incident's timeline, oldest first")
    List<TimelineEntry> timeline(@PathVariable String id) {
        return timeline.entries(incidents.require(id).id());
    }

    @GetMapping("/{id}/timeline/verify")
    @Operation(summary = "Recompute the hash chain", description = "valid=false names the first entry that does not match")
    TimelineVerification verify(@PathVariable String id) {
        return timeline.verify(incidents.require(id).id());
    }
}
