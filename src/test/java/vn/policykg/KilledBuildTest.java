package vn.policykg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykg.build.BuildInputs;
import vn.policykg.build.BuildResult;
import vn.policykg.build.StoreBuilder;
import vn.policykg.source.Corpus;
import vn.policykg.store.BuiltStore;
import vn.policykg.store.LiveStore;
import vn.policykg.store.StoreLayout;
import vn.policykg.web.PolicyKgProperties;
import vn.policykg.web.ReplicationProperties;
import vn.policykg.web.StoreConfiguration;

/**
 * A real build process ({@code java … PolicyKgApplication build}, the test class path) killed with
 * SIGKILL once its new generation directory exists: the next start serves the previous graph.
 */
class KilledBuildTest {

    private static final String BASE = BuiltStore.BASE;

    @Test
    void aBuildKilledMidWayLeavesThePreviousGraphServedAtTheNextStart(@TempDir Path store) throws Exception {
        BuildResult previous = new StoreBuilder(new StoreLayout(store)).build(new BuildInputs(Corpus.DATA, BASE));
        Path generations = previous.generation().dir().getParent();

        // Told of the new generation by the file system, not by listing the folder in a loop: a spinning
        // thread took one of two cores from the build it waits for (about a second longer, measured).
        Optional<Path> started = Optional.empty();
        Process build;
        try (WatchService watcher = generations.getFileSystem().newWatchService()) {
            generations.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            build = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            PolicyKgApplication.class.getName(),
                            "build",
                            "--policykg.store-dir=" + store,
                            "--policykg.data-dir=" + Corpus.DATA,
                            "--policykg.base-iri=" + BASE)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            while (started.isEmpty() && build.isAlive()) {
                WatchKey key = watcher.poll(100, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
                started = newGeneration(generations, previous.generation().dir());
            }
        }
        build.destroyForcibly(); // SIGKILL on Linux
        assertThat(build.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(started)
                .as("the build created its generation before it was killed")
                .isPresent();
        assertThat(build.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(started.get().resolve("COMPLETE"))
                .as("the killed generation is incomplete")
                .doesNotExist();

        StoreLayout layout = new StoreLayout(store);
        assertThat(layout.current().orElseThrow().id())
                .isEqualTo(previous.generation().id());
        // The next start, as the service does it.
        try (LiveStore served = new StoreConfiguration()
                .liveStore(
                        new PolicyKgProperties(BASE, Corpus.DATA, store, "", 0),
                        new ReplicationProperties("", "policykg.generations", "", "", Duration.ofMinutes(5), 0))) {
            assertThat(served.current().generation().id())
                    .isEqualTo(previous.generation().id());
            assertThat(served.size()).isEqualTo(previous.triples());
            var ds = served.dataset();
            String text = Txn.calculateRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query("""
                        PREFIX vnp: <https://w3id.org/vnpolicy/def#>
                        SELECT ?t WHERE { <http://localhost:8080/eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030/sec_III__para_1.1> vnp:text ?t }""").build()) {
                    return qe.execSelect().next().getLiteral("t").getString();
                }
            });
            assertThat(text).endsWith("Thời gian hoàn thành: Trong tháng 5/2026.");
        }
    }

    private static Optional<Path> newGeneration(Path generations, Path previous) throws IOException {
        try (Stream<Path> dirs = Files.list(generations)) {
            List<Path> others = dirs.filter(d -> !d.equals(previous)).toList();
            return others.stream().findFirst();
        }
    }
}
