package dev.tocsin.notify.internal.web;

import dev.tocsin.notify.internal.IncidentNotifications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The notifications card of an incident's page. The incident module must not know notifications
 * (the dependency points the other way), so its page loads this fragment with htmx.
 */
@Controller
class IncidentNotificationPages {

    private final IncidentNotifications notifications;

    IncidentNotificationPages(IncidentNotifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/incidents/{reference}/notifications")
    String card(@PathVariable String reference, Model model) {
        model.addAttribute("notifications", notifications.of(reference));
        return "notify/incident :: card";
    }
}
