package dev.tocsin.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TamperingWithTheTimelineIsDetectedTest extends TocsinTest {

    @Test
    void an_entry_changed_in_the_database_behind_the_apis_back_is_named_by_verify() {
        Response declared = api().post("/api/v1/incidents", """
                {"title": "Unusual login patterns", "severity": "P1", "services": ["portal-bff"]}""");
        String number = declared.text("number");
        api().patch("/api/v1/incidents/" + number, "{\"status\": \"acknowledged\"}");
        api().post("/api/v1/incidents/" + number + "/notes", "{\"text\": \"Blocked 203.0.113.7 at the WAF\"}");
        assertThat(api().get("/api/v1/incidents/" + number + "/timeline/verify").body())
                .isEqualTo("{\"valid\":true,\"entries\":3}");

        jdbc.sql("UPDATE timeline_entry SET summary = 'Nothing was blocked' WHERE incident_id = ? AND seq = 3")
                .param(UUID.fromString(declared.text("id"))).update();

        Response verify = api().get("/api/v1/incidents/" + number + "/timeline/verify");
        assertThat(verify.json().path("valid").asBoolean()).isFalse();
        assertThat(verify.json().path("entries").asInt()).isEqualTo(3);
        assertThat(verify.json().path("firstInvalidSeq").asInt()).isEqualTo(3);
        assertThat(verify.json().path("reason").asString()).isEqualTo("content does not match its hash");
    }
}
