package dev.tocsin.alert;

import dev.tocsin.alert.internal.AlertChecks;
import dev.tocsin.alert.internal.IngestWriter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The one place alerts enter. Every adapter maps its payload to {@link IncomingAlert}s and calls
 * {@link #ingest}; all events of one request commit together, and the call returns only once
 * they have, so a 2xx means all are stored.
 */
@Component
public class AlertIngestion {

    private final IngestRateLimit rateLimit;
    private final IngestWriter writer;

    AlertIngestion(IngestRateLimit rateLimit, IngestWriter writer) {
        this.rateLimit = rateLimit;
        this.writer = writer;
    }

    /**
     * One request's events. A request over the integration's rate limit is a 429, and one with a
     * bad event a 422, before any is stored; the rest are committed with the requests of other
     * senders that arrived at the same moment (group commit).
     */
    public List<IngestResult> ingest(Integration integration, List<IncomingAlert> events) {
        List<IncomingAlert> checked = events.stream().map(AlertChecks::checked).toList();
        rateLimit.admit(integration);
        return writer.write(integration, checked);
    }
}
