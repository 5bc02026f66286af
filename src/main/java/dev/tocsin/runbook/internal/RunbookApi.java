package dev.tocsin.runbook.internal;

import dev.tocsin.platform.Problem;
import dev.tocsin.runbook.LintFinding;
import dev.tocsin.runbook.Runbook;
import dev.tocsin.runbook.Runbooks;
import dev.tocsin.runbook.StoredRunbook;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Runbooks over HTTP: posted as Markdown ({@code text/markdown}), read back as the parsed model
 * (scenarios, steps, tables) or as the Markdown itself, and linted. Leads write; viewers read.
 */
@RestController
@RequestMapping("/api/v1/runbooks")
@SecurityRequirement(name = "bearer")
class RunbookApi {

    private static final String MARKDOWN = "text/markdown";
    private static final int MAX_CHARS = 1_000_000;

    private final Runbooks runbooks;

    RunbookApi(Runbooks runbooks) {
        this.runbooks = runbooks;
    }

    /** A runbook in lists: what it is, without its steps. */
    record Summary(String id, String organization, String title, int scenarios, Instant updatedAt, String updatedBy) {
    }

    /** One runbook: its parsed model, and where to get its Markdown and lint. */
    record View(String id, String organization, Instant updatedAt, String updatedBy, Runbook runbook,
            Map<String, String> links) {
    }

    @GetMapping
    @Operation(summary = "All runbooks, by organization")
    List<Summary> list() {
        return runbooks.all().stream().map(r -> new Summary(r.id(), r.organization(), r.title(),
                runbooks.parse(r).scenarios().size(), r.updatedAt(), r.updatedBy())).toList();
    }

    @PostMapping(consumes = {MARKDOWN, MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Add a runbook written in Markdown (lead)", description = "The body is the runbook "
            + "(docs/runbooks.md). Its id is the organization and ?slug= (or its title): 409 when taken; PUT replaces.")
    ResponseEntity<View> create(@RequestParam String organization, @RequestParam Optional<String> slug,
            @RequestBody(required = false) String markdown, Principal who) {
        String text = requireMarkdown(markdown);
        String id = runbooks.idFor(organization, slug, text);
        if (runbooks.find(id).isPresent()) {
            throw Problem.conflict("runbook-exists", "Runbook exists", "There is a runbook '" + id + "' already: PUT "
                    + "/api/v1/runbooks/" + id + " to replace it, or give this one another ?slug=.", Map.of("id", id));
        }
        StoredRunbook saved = runbooks.save(id, organization, text, who.getName());
        return ResponseEntity.created(URI.create("/api/v1/runbooks/" + id)).body(view(saved));
    }

    @PutMapping(path = "/{id}", consumes = {MARKDOWN, MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Replace a runbook's Markdown (lead)", description = "404 when unknown: POST adds one")
    View replace(@PathVariable String id, @RequestBody(required = false) String markdown, Principal who) {
        StoredRunbook existing = require(id);
        return view(runbooks.save(id, existing.organization(), requireMarkdown(markdown), who.getName()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One runbook, parsed: its tables, scenarios and steps")
    View get(@PathVariable String id) {
        return view(require(id));
    }

    @GetMapping(path = "/{id}/markdown", produces = MARKDOWN)
    @Operation(summary = "One runbook's Markdown, as written")
    String markdown(@PathVariable String id) {
        return require(id).markdown();
    }

    @GetMapping("/{id}/lint")
    @Operation(summary = "What to fix in a runbook", description = "Placeholders never filled in, contacts with no "
            + "real contact, a Last Updated older than six months, steps naming an unknown data source or connection, "
            + "scenarios without diagnosis")
    Map<String, Object> lint(@PathVariable String id) {
        List<LintFinding> findings = runbooks.lint(require(id));
        return Map.of("id", id, "findings", findings);
    }

    private StoredRunbook require(String id) {
        return runbooks.find(id).orElseThrow(() -> Problem.notFound("Runbook", id));
    }

    private View view(StoredRunbook r) {
        return new View(r.id(), r.organization(), r.updatedAt(), r.updatedBy(), runbooks.parse(r), Map.of(
                "markdown", "/api/v1/runbooks/" + r.id() + "/markdown",
                "lint", "/api/v1/runbooks/" + r.id() + "/lint"));
    }

    private static String requireMarkdown(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            throw Problem.invalid("body", "The body is empty: send the runbook's Markdown as text/markdown "
                    + "(docs/runbooks.md describes the format).");
        }
        if (markdown.length() > MAX_CHARS) {
            throw Problem.invalid("body", "The runbook has " + markdown.length() + " characters; at most " + MAX_CHARS
                    + " are kept. Split it into several runbooks.");
        }
        return markdown;
    }
}
