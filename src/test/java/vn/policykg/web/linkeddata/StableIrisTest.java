package vn.policykg.web.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykg.build.BuildInputs;
import vn.policykg.build.StoreBuilder;
import vn.policykg.source.Corpus;
import vn.policykg.store.BuiltStore;
import vn.policykg.store.OpenedGeneration;
import vn.policykg.store.StoreLayout;
import vn.policykg.vocab.Vocab;

/**
 * The IRIs of stable-iris.tsv keep their meaning in a published store after a rebuild and after a sixth
 * document (a copy of data/ with src/test/resources/sixth-document/ added) is built with the five.
 */
class StableIrisTest {

    static final String BASE = BuiltStore.BASE;
    static final Path SIXTH = Path.of("src/test/resources/sixth-document");

    @TempDir
    Path tmp;

    @Test
    void theFileHoldsAtLeastThirtyIrisOfEveryKind() {
        List<StableIris.Row> rows = StableIris.rows();
        assertThat(rows.stream().map(StableIris.Row::path).distinct().count()).isGreaterThanOrEqualTo(30);
        assertThat(rows.stream().map(StableIris.Row::kind).distinct().toList())
                .contains("document", "clause", "agency", "task", "target", "indicator");
    }

    @Test
    void everyStableIriMeansTheSameAfterARebuildAndAfterASixthDocument() throws IOException {
        StoreLayout store = new StoreLayout(tmp.resolve("store"));
        StoreBuilder builder = new StoreBuilder(store);
        BuildInputs five = new BuildInputs(Corpus.DATA, BASE);
        builder.build(five);
        String first = store.current().orElseThrow().id();
        assertMeanings(published(store));
        builder.build(five);
        assertThat(store.current().orElseThrow().id()).isNotEqualTo(first);
        assertMeanings(published(store));

        Path checkout = tmp.resolve("checkout");
        copyTree(Corpus.DATA, checkout.resolve("data"));
        copyTree(Corpus.DATA.toAbsolutePath().getParent().resolve("ontology"), checkout.resolve("ontology"));
        copyTree(SIXTH.resolve("sources"), checkout.resolve("data/sources"));
        Files.writeString(
                checkout.resolve("data/manifest.ttl"),
                Files.readString(SIXTH.resolve("manifest-addition.ttl")),
                StandardOpenOption.APPEND);
        StoreLayout six = new StoreLayout(tmp.resolve("store-six"));
        new StoreBuilder(six).build(new BuildInputs(checkout.resolve("data"), BASE));
        Model withSix = published(six);
        assertMeanings(withSix);
        // The sixth document is really in: its own IRI, its task, its target beside the five's.
        String sixth = BASE + "eli/vn-lai-chau/kh/2026/52-kh-tu";
        assertThat(withSix.getResource(sixth + "/sec_III__para_1/task")
                        .hasProperty(
                                withSix.createProperty(Vocab.PREFIXES.expandPrefix("vnp:lead")),
                                withSix.getResource(BASE + "org/vn-lai-chau/ban-tuyen-giao-va-dan-van-tinh-uy")))
                .isTrue();
        assertThat(withSix
                        .listSubjectsWithProperty(
                                withSix.createProperty(Vocab.PREFIXES.expandPrefix("vnp:indicator")),
                                withSix.getResource(BASE + "indicator/ty-le-that-nghiep-thanh-thi"))
                        .toList()
                        .stream()
                        .filter(t -> t.getURI().startsWith(sixth))
                        .toList())
                .hasSize(1);
    }

    private static void assertMeanings(Model graph) {
        assertThat(StableIris.rows().stream()
                        .map(r -> r.mismatch(graph, BASE))
                        .filter(Objects::nonNull)
                        .toList())
                .isEmpty();
    }

    /** A copy of the published generation's graph. */
    private static Model published(StoreLayout layout) {
        try (OpenedGeneration gen = OpenedGeneration.open(layout.current().orElseThrow())) {
            return Txn.calculateRead(
                    gen.dataset(),
                    () -> ModelFactory.createDefaultModel().add(gen.dataset().getDefaultModel()));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }
}
