package dev.tocsin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.TestDatabase;
import dev.tocsin.support.TestDatabases;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * H2 plans a statement when a connection first prepares it and keeps the plan. On a fresh
 * database every table is empty, so the plan chosen then is the one the hot path runs with for
 * hours; these lookups must pick the index of their whole key, not a foreign key's one-column
 * index (which made every alert repeat scan all alerts of its integration).
 */
class KeyLookupsUseTheirKeyOnAFreshH2Test {

    private static final Pattern INDEX = Pattern.compile("/\\* public\\.(\\S+):");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            UPDATE alert SET event_count = event_count + 1 WHERE integration_id = ? AND dedup_key = ? AND status = 'firing' | integration_id,dedup_key
            SELECT * FROM alert WHERE integration_id = ? AND dedup_key = ? FOR UPDATE | integration_id,dedup_key
            SELECT incident_id FROM alert_group WHERE integration_id = ? AND group_key = ? FOR UPDATE | integration_id,group_key
            SELECT * FROM timeline_entry WHERE incident_id = ? AND seq = ? | incident_id,seq
            """)
    void an_empty_table_is_read_through_the_whole_key(String sql, String keyColumns) {
        TestDatabase h2 = TestDatabases.h2();
        String plan = h2.jdbc().sql("EXPLAIN " + sql).params(UUID.randomUUID(), sql.contains("seq") ? 1 : "k")
                .query(String.class).single();

        Matcher index = INDEX.matcher(plan);
        assertThat(index.find()).as(plan).isTrue();
        List<String> columns = h2.jdbc().sql("""
                SELECT column_name FROM information_schema.index_columns
                WHERE index_name = ? ORDER BY ordinal_position""")
                .param(index.group(1)).query(String.class).list();
        assertThat(String.join(",", columns)).as(plan).isEqualTo(keyColumns);
    }
}
