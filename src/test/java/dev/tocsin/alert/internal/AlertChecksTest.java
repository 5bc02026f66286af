package dev.tocsin.alert.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AlertChecksTest {

    @Test
    void the_length_of_labels_as_json_is_what_jackson_writes() {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, String> labels = new TreeMap<>();
        assertThat(AlertChecks.jsonLength(labels)).isEqualTo(json.writeValueAsString(labels).length());
        labels.put("alertname", "RedisDown");
        assertThat(AlertChecks.jsonLength(labels)).isEqualTo(json.writeValueAsString(labels).length());
        labels.put("quote\"d", "back\\slash \n\t\r\b\f and \u0001\u001f, ünïcode ✓ / \u2028");
        labels.put("empty", "");
        assertThat(AlertChecks.jsonLength(labels)).isEqualTo(json.writeValueAsString(labels).length());
    }
}
