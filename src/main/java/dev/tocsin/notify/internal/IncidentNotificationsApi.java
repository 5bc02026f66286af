package dev.tocsin.notify.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SecurityRequirement(name = "bearer")
class IncidentNotificationsApi {

    private final IncidentNotifications notifications;

    IncidentNotificationsApi(IncidentNotifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/v1/incidents/{reference}/notifications")
    @Operation(summary = "The incident's notifications: each page to a person's contact method and where it stands",
            description = "status: pending, failed-retrying, sent, given-up or cancelled; oldest first")
    List<IncidentNotifications.Notification> notifications(@PathVariable String reference) {
        return notifications.of(reference);
    }
}
