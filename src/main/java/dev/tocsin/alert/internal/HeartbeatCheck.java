package dev.tocsin.alert.internal;

import dev.tocsin.alert.Heartbeats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for quiet systems every few seconds on every node; row locks keep the work from doubling. */
@Component
class HeartbeatCheck {

    private static final Logger log = LoggerFactory.getLogger(HeartbeatCheck.class);

    private final Heartbeats heartbeats;

    HeartbeatCheck(Heartbeats heartbeats) {
        this.heartbeats = heartbeats;
    }

    @Scheduled(fixedDelayString = "${tocsin.heartbeats.check-every:10s}", initialDelayString = "${tocsin.heartbeats.check-every:10s}")
    void check() {
        try {
            int raised = heartbeats.raiseOverdue();
            if (raised > 0) {
                log.info("{} heartbeat(s) overdue: alerts raised", raised);
            }
        } catch (RuntimeException e) {
            // The next round tries again; one failed round must not stop the schedule.
            log.warn("Heartbeat check failed: {}", e.getMessage());
        }
    }
}
