package dev.tocsin.incident;

import java.util.List;

public record IncidentPage(List<Incident> items, int page, int size, long total) {
}
