package vn.policykg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykg.build.BuildInputs;
import vn.policykg.build.StoreBuilder;
import vn.policykg.build.StoreBuilderTest;

/**
 * A served generation whose text index is gone, damaged or written by another analyzer version gets it
 * rebuilt from its TDB2 store when it is next opened (as the service does at start), without data/.
 */
class TextIndexRepairTest {

    private static final String DOC_002 =
            BuiltStore.BASE + "eli/vn-lao-cai/da/2025/unnumbered-giam-ngheo-da-chieu-an-sinh-xa-hoi-2026-2030";

    /** A built store whose data/ is deleted afterwards, so a repair can only read TDB2. */
    private static StoreLayout servedWithoutData(Path tmp) throws IOException {
        Path data = StoreBuilderTest.copyOfCheckout(tmp);
        StoreLayout layout = new StoreLayout(tmp.resolve("store"));
        new StoreBuilder(layout).build(new BuildInputs(data, BuiltStore.BASE));
        StoreLayout.deleteTree(data);
        return layout;
    }

    private static List<String> search(OpenedGeneration opened, String words) {
        return Txn.calculateRead(opened.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(opened.dataset())
                    .query("PREFIX text: <http://jena.apache.org/text#> SELECT ?c WHERE { ?c text:query ('" + words
                            + "' 5) }")
                    .build()) {
                List<String> uris = new ArrayList<>();
                qe.execSelect()
                        .forEachRemaining(s -> uris.add(s.getResource("c").getURI()));
                return uris;
            }
        });
    }

    private static void assertRebuiltAndAnswering(StoreLayout layout) {
        StoreLayout.Generation gen = layout.current().orElseThrow();
        try (OpenedGeneration opened = OpenedGeneration.open(gen)) {
            assertThat(opened.textIndexRebuilt()).isTrue();
            assertThat(search(opened, "giam ngheo da chieu")).contains(DOC_002 + "/part_2__sec_I__para_2.1");
        }
        try (OpenedGeneration again = OpenedGeneration.open(gen)) {
            assertThat(again.textIndexRebuilt())
                    .as("a sound index is left alone")
                    .isFalse();
        }
        assertThat(Files.exists(gen.textDir().resolveSibling("text.rebuilding")))
                .isFalse();
    }

    @Test
    void aDeletedIndexDirectoryIsRebuiltFromTdb2(@TempDir Path tmp) throws IOException {
        StoreLayout layout = servedWithoutData(tmp);
        StoreLayout.Generation gen = layout.current().orElseThrow();
        try (OpenedGeneration opened = OpenedGeneration.open(gen)) {
            assertThat(opened.textIndexRebuilt()).isFalse();
        }
        StoreLayout.deleteTree(gen.textDir());
        assertThat(TextIndexCheck.problem(gen.textDir()))
                .hasValueSatisfying(p -> assertThat(p).contains("no index directory"));
        assertRebuiltAndAnswering(layout);
    }

    @Test
    void aDamagedIndexIsRebuilt(@TempDir Path tmp) throws IOException {
        StoreLayout layout = servedWithoutData(tmp);
        Path textDir = layout.current().orElseThrow().textDir();
        try (Stream<Path> files = Files.list(textDir)) {
            Path biggest = files.filter(p -> !p.getFileName().toString().startsWith("segments")
                            && !p.getFileName().toString().equals("write.lock"))
                    .max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length()))
                    .orElseThrow();
            byte[] bytes = Files.readAllBytes(biggest);
            for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) bytes[i] ^= 0x5A;
            Files.write(biggest, bytes);
        }
        assertThat(TextIndexCheck.problem(textDir)).isPresent();
        assertRebuiltAndAnswering(layout);
    }

    @Test
    void anIndexOfAnotherAnalyzerVersionIsRebuilt(@TempDir Path tmp) throws IOException {
        StoreLayout layout = servedWithoutData(tmp);
        Path textDir = layout.current().orElseThrow().textDir();
        try (FSDirectory dir = FSDirectory.open(textDir);
                IndexWriter w =
                        new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            w.setLiveCommitData(Map.of(TextIndexDefinition.VERSION_KEY, "vi-0").entrySet());
            w.commit();
        }
        assertThat(TextIndexCheck.problem(textDir))
                .hasValueSatisfying(p -> assertThat(p).contains("vi-0"));
        assertRebuiltAndAnswering(layout);
    }
}
