package dev.tocsin.alert;

import dev.tocsin.alert.internal.AlertRepository;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The module's read API for alerts, for the modules that act on what an incident's alerts say. */
@Component
public class Alerts {

    private final AlertRepository repository;

    Alerts(AlertRepository repository) {
        this.repository = repository;
    }

    /** The alerts routed to an incident, first seen first, with their labels and annotations. */
    public List<Alert> forIncident(UUID incidentId) {
        return repository.forIncident(incidentId);
    }
}
