package dev.tocsin.alert.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tocsin.alert.AlertAction;
import dev.tocsin.alert.AlertSource;
import dev.tocsin.alert.IncomingAlert;
import dev.tocsin.alert.IngestResult;
import dev.tocsin.alert.IngestResult.Outcome;
import dev.tocsin.alert.Integration;
import dev.tocsin.alert.IntegrationSettings;
import dev.tocsin.alert.Integrations;
import dev.tocsin.alert.internal.IngestWriter.Request;
import dev.tocsin.platform.Problem;
import dev.tocsin.support.TocsinTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The ingest writer's batches, on H2 and on PostgreSQL: one transaction for many senders' requests. */
abstract class GroupCommitScenario extends TocsinTest {

    @Autowired
    IngestWriter writer;

    @Autowired
    Integrations integrations;

    @Autowired
    AlertRecorder recorder;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void a_request_that_breaks_its_batch_fails_alone_and_the_others_are_committed() {
        Integration integration = integrations.create("crm-worker", "batch-" + UUID.randomUUID(),
                new IntegrationSettings(Map.of(), null, List.of(), null, false), "test").integration();
        // Past the adapters' checks only by coming here directly: the labels column refuses it mid-batch.
        Map<String, String> oversized = Map.of("blob", "x".repeat(AlertChecks.LABELS_JSON_MAX + 1));
        Request first = new Request(integration, List.of(alert("fp-first", Map.of("n", "1"))));
        Request broken = new Request(integration, List.of(alert("fp-broken", oversized)));
        Request last = new Request(integration, List.of(alert("fp-last", Map.of("n", "3"))));

        writer.commit(List.of(first, broken, last));

        assertThat(first.result().join().getFirst().outcome()).isEqualTo(Outcome.OPENED);
        assertThat(last.result().join().getFirst().outcome()).isEqualTo(Outcome.JOINED);
        assertThat(broken.result()).isCompletedExceptionally();
        assertThat(jdbc.sql("SELECT dedup_key FROM alert WHERE integration_id = ? ORDER BY dedup_key")
                .param(integration.id()).query(String.class).list()).containsExactly("fp-first", "fp-last");
    }

    @Test
    void requests_in_one_batch_are_recorded_in_their_order() {
        Integration integration = integrations.create("crm-backend", "batch-" + UUID.randomUUID(),
                new IntegrationSettings(Map.of(), null, List.of(), null, false), "test").integration();
        Request fire = new Request(integration, List.of(alert("fp-order", Map.of())));
        Request repeat = new Request(integration, List.of(alert("fp-order", Map.of())));
        Request resolve = new Request(integration, List.of(new IncomingAlert(AlertSource.GENERIC, "fp-order",
                AlertAction.RESOLVED, "resolved", null, Map.of(), Map.of())));

        writer.commit(List.of(fire, repeat, resolve));

        assertThat(List.of(fire, repeat, resolve)).extracting(r -> r.result().join().getFirst().outcome())
                .containsExactly(Outcome.OPENED, Outcome.DEDUPLICATED, Outcome.RESOLVED);
        assertThat(jdbc.sql("SELECT event_count FROM alert WHERE integration_id = ?").param(integration.id())
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void a_full_queue_and_a_request_not_stored_in_time_are_503s_and_neither_is_stored() throws Exception {
        Integration integration = integrations.create("portal-bff", "batch-" + UUID.randomUUID(),
                new IntegrationSettings(Map.of(), null, List.of(), null, false), "test").integration();
        // One lane holding one waiting request, answering within 300 ms.
        IngestWriter narrow = new IngestWriter(recorder, transactionManager, new SimpleMeterRegistry(), 1, 256, 1,
                Duration.ofMillis(300));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (var threads = Executors.newCachedThreadPool()) {
            // Another transaction holds the row of the group the first alert opens an incident for.
            Future<?> holder = threads.submit(() -> new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
                jdbc.sql("INSERT INTO alert_group (integration_id, group_key) VALUES (?, ?)")
                        .params(integration.id(), integration.groupKey(Map.of())).update();
                locked.countDown();
                await(release);
            }));
            locked.await();
            Future<List<IngestResult>> first = threads.submit(() -> narrow.write(integration, List.of(alert("fp-1", Map.of()))));
            waitUntil(narrow::recording);
            Future<List<IngestResult>> second = threads.submit(() -> narrow.write(integration, List.of(alert("fp-2", Map.of()))));
            waitUntil(() -> narrow.queued() == 1);

            assertThatThrownBy(() -> narrow.write(integration, List.of(alert("fp-3", Map.of()))))
                    .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.type()).isEqualTo("ingest-busy"));
            assertThatThrownBy(second::get).cause()
                    .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.type()).isEqualTo("ingest-timeout"));
            assertThat(narrow.queued()).isZero();

            release.countDown();
            holder.get();
            assertThat(first.get().getFirst().outcome()).isEqualTo(Outcome.OPENED);
        }
        assertThat(jdbc.sql("SELECT dedup_key FROM alert WHERE integration_id = ?").param(integration.id())
                .query(String.class).list()).containsExactly("fp-1");
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("condition reached within 5 s").isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static IncomingAlert alert(String dedupKey, Map<String, String> labels) {
        return new IncomingAlert(AlertSource.GENERIC, dedupKey, AlertAction.FIRING, "Queue backlog " + dedupKey,
                "warning", labels, Map.of());
    }
}
