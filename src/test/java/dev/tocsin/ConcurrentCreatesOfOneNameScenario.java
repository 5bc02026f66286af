package dev.tocsin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Creates of one username or slug sent at once: one is created, the others are 409s. Each create
 * checked that the name was free and then wrote with the configuration loader's insert-or-replace,
 * so one landing between another's check and write replaced it, and several callers were told 201.
 * Timing decides how often that happened; with the fix none can, so this test never fails by chance.
 */
abstract class ConcurrentCreatesOfOneNameScenario extends TocsinTest {

    private static final int AT_ONCE = 8;
    private static final int ROUNDS = 3;

    @Test
    void one_of_several_creates_of_a_user_team_schedule_or_policy_at_once_wins_and_the_others_are_409s() {
        for (int round = 0; round < ROUNDS; round++) {
            String name = "race-" + round + "-" + Long.toString(System.nanoTime(), 36);
            onlyOneCreated("/api/v1/users", i -> """
                    {"username": "%s", "displayName": "Racer %d", "organization": "crm-platform"}"""
                    .formatted(name, i));
            onlyOneCreated("/api/v1/teams", i -> """
                    {"slug": "%s", "name": "Racer %d", "organization": "crm-platform"}""".formatted(name, i));
            onlyOneCreated("/api/v1/schedules", i -> """
                    {"slug": "%s", "organization": "crm-platform", "name": "Racer %d", "timeZone": "UTC",
                     "layers": [{"name": "primary", "rotation": "weekly", "start": "2026-01-05T09:00",
                                 "participants": ["priya.nair"]}]}""".formatted(name, i));
            onlyOneCreated("/api/v1/escalation-policies", i -> """
                    {"slug": "%s", "name": "Racer %d", "organization": "crm-platform", "services": [],
                     "levels": [{"name": "L1", "targets": [{"type": "person", "username": "priya.nair"}],
                                 "triggers": [{}]}]}""".formatted(name, i));
        }
    }

    private void onlyOneCreated(String collection, IntFunction<String> body) {
        List<Response> responses;
        try (ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE)) {
            var sent = IntStream.range(0, AT_ONCE)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> api().post(collection, body.apply(i)), threads))
                    .toList();
            responses = sent.stream().map(CompletableFuture::join).toList();
        }
        List<Response> created = responses.stream().filter(r -> r.status() == 201).toList();
        assertThat(created).as(collection + ": " + responses.stream().map(Response::status).toList()).hasSize(1);
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.body()).isIn(201, 409));
        String winner = created.getFirst().json().path(collection.endsWith("users") ? "displayName" : "name")
                .asString();
        assertThat(api().get(created.getFirst().location()).body()).contains("\"" + winner + "\"");
    }
}
