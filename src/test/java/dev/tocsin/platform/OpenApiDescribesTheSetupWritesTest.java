package dev.tocsin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.TocsinTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpenApiDescribesTheSetupWritesTest extends TocsinTest {

    @Test
    void the_openapi_document_lists_creating_and_replacing_users_teams_schedules_and_policies() {
        JsonNode paths = api(null).get("/v3/api-docs").json().path("paths");

        for (String things : new String[] {"users", "teams", "schedules", "escalation-policies"}) {
            String collection = "/api/v1/" + things;
            String one = collection + (things.equals("users") ? "/{username}" : "/{slug}");
            assertThat(paths.path(collection).has("get")).as(collection).isTrue();
            assertThat(paths.path(collection).path("post").path("summary").asString()).as(collection)
                    .startsWith("Create");
            assertThat(paths.path(one).has("get")).as(one).isTrue();
            assertThat(paths.path(one).path("put").path("summary").asString()).as(one).startsWith("Replace");
        }
    }
}
