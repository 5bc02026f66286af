package dev.tocsin.incident;

import java.util.List;

/** One row of an organization's severity table, e.g. P1 Critical, 15 minutes. */
public record Severity(String code, int rank, String name, String definition, ResponseTarget responseTime,
        List<String> examples) {
}
