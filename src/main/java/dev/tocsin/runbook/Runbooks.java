package dev.tocsin.runbook;

import dev.tocsin.catalog.Catalog;
import dev.tocsin.runbook.internal.RunbookRepository;
import dev.tocsin.runbook.internal.lint.RunbookLinter;
import dev.tocsin.runbook.internal.parse.MarkdownRunbookParser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API: runbooks kept as their Markdown (docs/runbooks.md), read into scenarios and
 * steps, and linted. A runbook's id is its organization and slug: {@code crm-platform-incident-response}.
 */
@Component
public class Runbooks {

    private static final int SLUG_MAX = 64;

    private final RunbookRepository repository;
    private final Catalog catalog;
    private final RunbookSources sources;
    private final Clock clock;
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    Runbooks(RunbookRepository repository, Catalog catalog, RunbookSources sources, Clock clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.sources = sources;
        this.clock = clock;
    }

    /** The id a runbook of this organization gets, from {@code slug} or else from its title. */
    public String idFor(String organization, Optional<String> slug, String markdown) {
        String base = slug.orElseGet(() -> MarkdownRunbookParser.parse(markdown).title());
        String cleaned = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        cleaned = cleaned.length() > SLUG_MAX ? cleaned.substring(0, SLUG_MAX) : cleaned;
        return organization + "-" + (cleaned.isEmpty() ? "runbook" : cleaned);
    }

    /** Keeps the runbook under {@code id}, replacing what was there; the organization must exist (422). */
    @Transactional
    public StoredRunbook save(String id, String organization, String markdown, String actor) {
        catalog.requireOrganization(organization);
        Runbook parsed = MarkdownRunbookParser.parse(markdown);
        StoredRunbook runbook = new StoredRunbook(id, organization, parsed.title(), markdown, clock.instant(), actor);
        repository.save(runbook);
        return runbook;
    }

    public Optional<StoredRunbook> find(String id) {
        return repository.find(id);
    }

    public List<StoredRunbook> all() {
        return repository.all();
    }

    public List<StoredRunbook> of(String organization) {
        return repository.of(organization);
    }

    /**
     * The runbook read into its model. Every incident that opens asks for its organization's
     * runbooks: each text is parsed once per node, and again only once it changes.
     */
    public Runbook parse(StoredRunbook runbook) {
        String version = runbook.id() + "@" + runbook.updatedAt() + "#" + runbook.markdown().hashCode();
        Parsed cached = parsed.get(runbook.id());
        if (cached != null && cached.version().equals(version)) {
            return cached.runbook();
        }
        Runbook fresh = MarkdownRunbookParser.parse(runbook.markdown());
        parsed.put(runbook.id(), new Parsed(version, fresh));
        return fresh;
    }

    private record Parsed(String version, Runbook runbook) {
    }

    public List<LintFinding> lint(StoredRunbook runbook) {
        RunbookLinter.Sources known = new RunbookLinter.Sources(sources.datasources().keySet(),
                sources.redis().keySet());
        return RunbookLinter.lint(runbook.markdown(), parse(runbook), known, LocalDate.ofInstant(clock.instant(),
                ZoneOffset.UTC));
    }
}
