package dev.tocsin.runbook.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.runbook.Runbook;
import dev.tocsin.runbook.Scenario;
import dev.tocsin.runbook.Step;
import dev.tocsin.runbook.StepKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runbooks written by strangers (src/test/resources/runbook-corpus, copied from the shared corpus
 * with its SOURCES.md): every one reads without error and keeps every prompted command and SQL
 * statement of its shell and SQL fences as a step.
 */
class RunbookCorpusImportTest {

    private static final Path CORPUS = Path.of("src/test/resources/runbook-corpus");
    private static final Pattern FENCE =
            Pattern.compile("(?m)^[ \\t]*```(\\w*)[^\\n]*\\n(.*?)^[ \\t]*```", Pattern.DOTALL);

    static Stream<Path> corpus() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.list(CORPUS)) {
            all.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("SOURCES.md"))
                    .sorted().forEach(files::add);
        }
        assertThat(files).as("the corpus in " + CORPUS).hasSize(8);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void every_runbook_reads_and_keeps_its_commands_as_steps(Path file) throws IOException {
        String markdown = Files.readString(file);
        Runbook runbook = MarkdownRunbookParser.parse(markdown);

        assertThat(runbook.title()).isNotBlank();
        List<String> commands = runbook.scenarios().stream().flatMap(s -> s.steps().stream())
                .map(s -> s.basics().command()).toList();
        Matcher fence = FENCE.matcher(markdown);
        while (fence.find()) {
            String language = fence.group(1);
            for (String line : fence.group(2).lines().map(String::strip).toList()) {
                String expected = language.matches("shell|console|sh") && line.startsWith("$ ") ? line.substring(2)
                        : language.equals("sql") && !line.isEmpty() && commandsStartWith(fence.group(2), line) ? line
                        : null;
                if (expected != null) {
                    assertThat(commands).as("a step for '%s' in %s", expected, file.getFileName())
                            .anyMatch(c -> c.contains(expected));
                }
            }
        }
    }

    private static boolean commandsStartWith(String block, String line) {
        return block.strip().lines().findFirst().map(String::strip).orElse("").equals(line);
    }

    /** The copy here is the shared corpus, byte for byte, wherever that folder is next to the checkout. */
    @Test
    void the_copy_is_the_shared_corpus() throws IOException {
        Path shared = Path.of("..", "shared", "runbook-corpus");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shared), "no ../shared/runbook-corpus here");
        List<Path> files;
        try (Stream<Path> all = Files.list(shared)) {
            files = all.sorted().toList();
        }
        assertThat(files).hasSize(9);
        for (Path file : files) {
            assertThat(Files.readAllBytes(CORPUS.resolve(file.getFileName().toString())))
                    .as(file.getFileName().toString()).isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void inline_commands_in_bullets_stay_checklist_items_and_no_code_is_invented() throws IOException {
        Runbook runbook = read("prometheus-operator__runbooks__KubePodCrashLooping.md");

        Scenario crashLooping = runbook.scenarios().getFirst();
        assertThat(crashLooping.name()).isEqualTo(runbook.title());
        assertThat(runbook.scenarios()).flatMap(Scenario::steps).allMatch(s -> s instanceof Step.Manual).isNotEmpty();
        assertThat(crashLooping.diagnosis()).extracting(s -> s.basics().command())
                .anyMatch(c -> c.contains("kubectl -n $NAMESPACE describe pod $POD"));
    }

    @Test
    void prompts_mark_commands_and_promql_is_done_by_hand_and_defrag_waits_for_approval() throws IOException {
        Scenario quota = read("prometheus-operator__runbooks__etcdBackendQuotaLowSpace.md").scenarios().getFirst();

        assertThat(quota.diagnosis()).filteredOn(s -> s instanceof Step.Shell).extracting(s -> s.basics().command())
                .contains("etcdctl version", "etcdctl endpoint status -w table");
        assertThat(quota.diagnosis()).filteredOn(s -> s instanceof Step.Manual).extracting(s -> s.basics().command())
                .contains("(etcd_mvcc_db_total_size_in_bytes / etcd_server_quota_backend_bytes) * 100");
        assertThat(quota.steps()).filteredOn(s -> s.basics().command().equals("etcdctl defrag")).singleElement()
                .satisfies(defrag -> {
                    assertThat(defrag.basics().destructive()).isTrue();
                    assertThat(defrag.basics().kind()).isEqualTo(StepKind.REMEDIATION);
                });
    }

    @Test
    void an_interactive_redis_session_becomes_redis_steps_and_its_writes_are_destructive() throws IOException {
        Runbook runbook = read("mattrussi__gitlab-com-runbooks__ban-an-IP-with-redis.md");

        List<Step.Redis> redis = runbook.scenarios().stream().flatMap(s -> s.steps().stream())
                .filter(s -> s instanceof Step.Redis).map(s -> (Step.Redis) s).toList();
        assertThat(redis).filteredOn(r -> r.arguments().getFirst().equals("setex")).singleElement()
                .satisfies(r -> assertThat(r.basics().destructive()).isTrue());
        assertThat(redis).filteredOn(r -> r.arguments().getFirst().equals("del")).singleElement()
                .satisfies(r -> assertThat(r.basics().destructive()).isTrue());
        assertThat(redis).filteredOn(r -> r.arguments().getFirst().equals("info")).singleElement()
                .satisfies(r -> assertThat(r.basics().destructive()).isFalse());
        assertThat(runbook.scenarios()).flatMap(Scenario::steps).extracting(s -> s.basics().command())
                .noneMatch(c -> c.startsWith("role:"));
    }

    @Test
    void a_loop_over_several_lines_is_one_step_and_fences_nested_in_lists_are_found() throws IOException {
        List<String> xmin = read("mattrussi__gitlab-com-runbooks__pg_xid_xmin_age_alert.md").scenarios().stream()
                .flatMap(s -> s.steps().stream()).map(s -> s.basics().command()).toList();
        Runbook operator = read("openshift__runbooks__ClusterVersionOperatorDown.md");

        assertThat(xmin).filteredOn(c -> c.startsWith("while sleep 1; do")).singleElement()
                .satisfies(loop -> assertThat(loop).endsWith("done"));
        assertThat(operator.scenarios()).flatMap(Scenario::steps).filteredOn(s -> s instanceof Step.Shell)
                .extracting(s -> s.basics().title(), s -> s.basics().command())
                .contains(org.assertj.core.groups.Tuple.tuple("Check the status of the cluster-version-operator pod:",
                        "oc get pods -n openshift-cluster-version -l k8s-app=cluster-version-operator"));
    }

    private static Runbook read(String name) throws IOException {
        return MarkdownRunbookParser.parse(Files.readString(CORPUS.resolve(name)));
    }
}
