package dev.tocsin.notify.slack;

import dev.tocsin.notify.slack.SlackApi.Answer;
import dev.tocsin.notify.slack.SlackIncidentThreads.Thread;
import dev.tocsin.notify.spi.SendOutcome;
import dev.tocsin.notify.spi.SendOutcome.Delivered;
import dev.tocsin.notify.spi.SendOutcome.Failed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A channel per severe incident ({@code inc-7-portal-unreachable}) with the incident's summary
 * posted in it, and later changes as replies in that message's thread, so the channel's history
 * reads as the incident's and the summary stays on top.
 */
final class SlackIncidentChannels {

    /** What the summary shows of an incident. */
    record IncidentFacts(UUID id, long number, String reference, String title, String severity, String status) {
    }

    /** Slack refuses a taken name (also an archived channel's); after a few suffixes something else is wrong. */
    private static final int NAME_ATTEMPTS = 5;

    private final SlackApi api;
    private final SlackIncidentThreads threads;
    private final Set<String> severities;

    SlackIncidentChannels(SlackApi api, SlackIncidentThreads threads, Set<String> severities) {
        this.api = api;
        this.threads = threads;
        this.severities = Set.copyOf(severities);
    }

    boolean severe(String severity) {
        return severities.contains(severity);
    }

    /** Opens the incident's channel and posts its summary, unless it is not severe or has one already. */
    Optional<SendOutcome> open(IncidentFacts incident) {
        if (!severe(incident.severity())) {
            return Optional.empty();
        }
        Optional<Thread> existing = threads.find(incident.id());
        if (existing.isPresent()) {
            return Optional.of(new Delivered(existing.get().messageTs()));
        }
        if (!threads.claim(incident.id())) {
            // Another event of this incident is opening it right now (declared, then raised at once).
            return Optional.empty();
        }
        try {
            SendOutcome outcome = create(incident);
            if (outcome instanceof Failed) {
                threads.release(incident.id());
            }
            return Optional.of(outcome);
        } catch (RuntimeException e) {
            threads.release(incident.id());
            throw e;
        }
    }

    private SendOutcome create(IncidentFacts incident) {
        String base = SlackChannelNames.of(incident.number(), incident.title());
        for (int attempt = 1; attempt <= NAME_ATTEMPTS; attempt++) {
            String name = attempt == 1 ? base : SlackChannelNames.withSuffix(base, attempt);
            Answer created = api.call("conversations.create", Map.of("name", name, "is_private", false));
            if (created instanceof Answer.Error error && "name_taken".equals(error.error())) {
                continue;
            }
            return switch (created) {
                case Answer.Error error -> error.failure();
                case Answer.Ok ok -> postSummary(incident, ok.json().path("channel").path("id").asString(), name);
            };
        }
        return new Failed("Slack channel names " + base + " to " + SlackChannelNames.withSuffix(base,
                NAME_ATTEMPTS) + " are all taken", true);
    }

    private SendOutcome postSummary(IncidentFacts incident, String channelId, String name) {
        String headline = "[" + incident.severity() + "] " + incident.reference() + " " + incident.title();
        Answer posted = api.call("chat.postMessage", Map.of("channel", channelId, "text", headline,
                "blocks", List.of(SlackText.section("*" + SlackText.escape(headline) + "*\nStatus: "
                        + SlackText.escape(incident.status()) + ". Updates follow in this thread."))));
        return switch (posted) {
            case Answer.Error error -> error.failure();
            case Answer.Ok ok -> {
                String ts = ok.json().path("ts").asString();
                threads.save(new Thread(incident.id(), channelId, name, ts));
                yield new Delivered(ts);
            }
        };
    }

    /** Replies in the incident's thread; empty when it has no channel (not severe, or Slack was down). */
    Optional<SendOutcome> update(UUID incidentId, String text) {
        return threads.find(incidentId).map(thread -> {
            Map<String, Object> reply = new LinkedHashMap<>();
            reply.put("channel", thread.channelId());
            reply.put("thread_ts", thread.messageTs());
            reply.put("text", text);
            return switch (api.call("chat.postMessage", reply)) {
                case Answer.Error error -> error.failure();
                case Answer.Ok ok -> new Delivered(ok.json().path("ts").asString());
            };
        });
    }
}
