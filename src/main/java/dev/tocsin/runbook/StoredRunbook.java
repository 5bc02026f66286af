package dev.tocsin.runbook;

import java.time.Instant;

/** A runbook as kept: its id ({@code <organization>-<slug>}), its organization and its Markdown, as written. */
public record StoredRunbook(String id, String organization, String title, String markdown, Instant updatedAt,
        String updatedBy) {
}
