package dev.tocsin.oncall.internal.web;

import java.util.List;

/** A schedule on the list page: its name, zone and who is on call on each layer now. */
record ScheduleSummary(String slug, String name, String organization, String timeZone, List<LayerNow> layers) {
}
