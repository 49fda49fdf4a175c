package vn.policykg.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykg.source.Corpus;
import vn.policykg.source.SourceFormatException;
import vn.policykg.store.BuiltStore;
import vn.policykg.store.GenerationPatch;
import vn.policykg.store.OpenedGeneration;
import vn.policykg.store.StoreLayout;
import vn.policykg.vocab.Vocab;

public class StoreBuilderTest {

    private static final String BASE = BuiltStore.BASE;
    private static final String DOC_000 = BASE + "eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030";
    private static final String DOC_004 = BASE + "eli/vn-lao-cai/ctr/2026/04-ctr-ubnd";

    private static Model graph;

    @BeforeAll
    static void assemble() {
        graph = BuiltStore.seedGraph();
    }

    @Test
    void sameInputGivesTheSameGraphAndIris() {
        Model again = StoreBuilder.assemble(new BuildInputs(Corpus.DATA, BASE)).graph();
        assertThat(graph.listStatements().toList().stream()
                        .anyMatch(s -> s.getSubject().isAnon() || s.getObject().isAnon()))
                .as("no blank nodes")
                .isFalse();
        assertThat(again.size()).isEqualTo(graph.size());
        assertThat(again.difference(graph).isEmpty()).isTrue();
        assertThat(graph.difference(again).isEmpty()).isTrue();
    }

    @Test
    void everyDataIriThatIsPointedAtIsDescribed() {
        List<String> dangling = graph.listStatements().toList().stream()
                .filter(st -> st.getObject().isURIResource()
                        && (st.getObject().asResource().getURI().startsWith(BASE)
                                || st.getObject()
                                        .asResource()
                                        .getURI()
                                        .startsWith(Vocab.NS.substring(0, Vocab.NS.length() - 1))))
                .map(st -> st.getObject().asResource())
                .filter(o -> !graph.listStatements(o, null, (RDFNode) null).hasNext())
                .map(Resource::getURI)
                .distinct()
                .toList();
        assertThat(dangling).isEmpty();
    }

    @Test
    void oneLeaderIsOneNameThoughTheTableTypesItTwoWays() {
        // 004's appendix writes "Đông chí Nguyễn Tuấn Anh" on five rows and "Đồng chí Nguyễn Tuấn Anh" on others.
        List<String> leaders = graph.listObjectsOfProperty(Vocab.leaderInCharge).toList().stream()
                .map(o -> o.asLiteral().getString())
                .distinct()
                .toList();
        assertThat(leaders)
                .noneMatch(l -> l.startsWith("Đông chí"))
                .contains("Đồng chí Nguyễn Tuấn Anh - Chủ tịch UBND tỉnh");
    }

    @Test
    void irisComeFromIdentityUnderTheConfiguredBase() {
        Resource task = graph.getResource(DOC_000 + "/sec_III__para_1.1");
        assertThat(task.getProperty(Vocab.numberPath).getString()).isEqualTo("III.1.1");
        assertThat(task.getProperty(Vocab.text).getString()).endsWith("Thời gian hoàn thành: Trong tháng 5/2026.");
        assertThat(task.getPropertyResourceValue(Vocab.document).getURI()).isEqualTo(DOC_000);
        assertThat(task.getPropertyResourceValue(Vocab.isPartOf).getURI()).isEqualTo(DOC_000 + "/sec_III__para_1");

        Resource programme = graph.getResource(DOC_004);
        assertThat(programme.getProperty(Vocab.idLocal).getString()).isEqualTo("04/CTr-UBND");
        assertThat(programme.getProperty(Vocab.dateDocument).getString()).isEqualTo("2026-02-03");
        assertThat(programme.getProperty(Vocab.alternativeDate).getString()).isEqualTo("2026-02-02");
        assertThat(programme.getPropertyResourceValue(Vocab.applies).getURI())
                .isEqualTo(BASE + "eli/vn/nq/2026/01-nq-cp");
        assertThat(programme.getPropertyResourceValue(Vocab.passedBy).getURI())
                .isEqualTo(BASE + "org/vn-lao-cai/uy-ban-nhan-dan-tinh");

        Model elsewhere = StoreBuilder.assemble(new BuildInputs(Corpus.DATA, "https://data.example.gov.vn/kg/"))
                .graph();
        assertThat(elsewhere.containsResource(elsewhere.getResource(
                        "https://data.example.gov.vn/kg/eli/vn-lao-cai/ctr/2026/04-ctr-ubnd/annex_1__sec_II__row_18")))
                .isTrue();
        assertThat(elsewhere.listSubjects().toList().stream()
                        .filter(Resource::isURIResource)
                        .anyMatch(r -> r.getURI().startsWith(BASE)))
                .isFalse();
    }

    @Test
    void everyClauseHasItsOwnIriAndASpanIntoItsSourceFile() throws IOException {
        String q = """
            PREFIX eli: <http://data.europa.eu/eli/ontology#> PREFIX vnp: <https://w3id.org/vnpolicy/def#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            SELECT ?c ?text ?start ?end ?path WHERE {
              ?c a eli:LegalResourceSubdivision ; vnp:text ?text ; vnp:document ?d ;
                 vnp:sourceSelector [ oa:start ?start ; oa:end ?end ] .
              ?d vnp:sourceText/vnp:filePath ?path }""";
        int clauses = 0;
        try (QueryExecution qe = QueryExecution.model(graph).query(q).build()) {
            var rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String file = s.getLiteral("path").getString();
                String nfc = Normalizer.normalize(
                        Files.readString(Path.of(file), StandardCharsets.UTF_8), Normalizer.Form.NFC);
                int from = nfc.offsetByCodePoints(0, s.getLiteral("start").getInt());
                int to = nfc.offsetByCodePoints(0, s.getLiteral("end").getInt());
                String words = nfc.substring(from, to)
                        .replaceAll(
                                "\\[bookmark: [^\\]]*\\]|\\[footnoteRef:\\d+\\]|\\[\\d+:[^\\]]*\\]|\\*|(?m)^\\s*#+", "")
                        .replace("<sup>2</sup>", "²")
                        .replaceAll("[ ]*\\t[\\t ]*", " | ")
                        .replaceAll("(?U)\\s+", " ")
                        .strip();
                assertThat(words)
                        .as(s.getResource("c").getURI())
                        .isEqualTo(s.getLiteral("text").getString().replaceAll("(?U)\\s+", " "));
                clauses++;
            }
        }
        long subdivisions = graph.listSubjectsWithProperty(RDF.type, Vocab.LegalResourceSubdivision)
                .toList()
                .size();
        assertThat(clauses).isGreaterThan(450).isLessThanOrEqualTo((int) subdivisions);
    }

    @Test
    void aBuildIsPublishedWithItsTextIndex(@TempDir Path store) {
        StoreLayout layout = new StoreLayout(store);
        BuildResult result = new StoreBuilder(layout).build(new BuildInputs(Corpus.DATA, BASE));
        assertThat(result.triples()).isEqualTo(graph.size());
        assertThat(layout.current()).contains(result.generation());
        try (OpenedGeneration opened = OpenedGeneration.open(layout.current().orElseThrow())) {
            List<String> hits = Txn.calculateRead(opened.dataset(), () -> {
                try (QueryExecution qe =
                        QueryExecution.dataset(opened.dataset()).query("""
                        PREFIX text: <http://jena.apache.org/text#>
                        SELECT ?c WHERE { ?c text:query "\\"nhà ở xã hội\\"" }""").build()) {
                    List<String> uris = new ArrayList<>();
                    qe.execSelect()
                            .forEachRemaining(s -> uris.add(s.getResource("c").getURI()));
                    return uris;
                }
            });
            assertThat(hits).contains(DOC_000 + "/sec_II__para_2.2__item_7", DOC_004 + "/annex_1__sec_I__row_13");
            long count = Txn.calculateRead(
                    opened.dataset(), () -> opened.dataset().getDefaultModel().size());
            assertThat(count).isEqualTo(graph.size());
        }
    }

    @Test
    void eachGenerationCarriesTheStepFromThePreviousAsAPatch(@TempDir Path store) {
        StoreLayout layout = new StoreLayout(store);
        BuildResult first = new StoreBuilder(layout).build(new BuildInputs(Corpus.DATA, BASE));
        RDFPatch whole = GenerationPatch.read(first.generation().dumpsDir());
        assertThat(whole.getId())
                .isEqualTo(GenerationPatch.generation(first.generation().id()));
        assertThat(whole.getPrevious()).isNull();
        assertThat(RDFPatchOps.summary(whole).getCountAddData()).isEqualTo(graph.size());
        BuildResult second = new StoreBuilder(layout).build(new BuildInputs(Corpus.DATA, BASE));
        RDFPatch step = GenerationPatch.read(second.generation().dumpsDir());
        assertThat(step.getPrevious())
                .isEqualTo(GenerationPatch.generation(first.generation().id()));
        // The same inputs give the same triples: nothing to add or remove.
        assertThat(RDFPatchOps.summary(step).getCountAddData()).isZero();
        assertThat(RDFPatchOps.summary(step).getCountDeleteData()).isZero();
    }

    /** A copy of the checkout with a store built from it and being served, to break and rebuild. */
    private record Served(Path data, StoreLayout layout, BuildResult good, List<Path> generationsBefore) {

        static Served copy(Path tmp) throws IOException {
            Path data = copyOfCheckout(tmp);
            StoreLayout layout = new StoreLayout(tmp.resolve("store"));
            BuildResult good = new StoreBuilder(layout).build(new BuildInputs(data, BASE));
            return new Served(data, layout, good, StoreBuilderTest.generations(layout));
        }

        void rebuild() {
            new StoreBuilder(layout).build(new BuildInputs(data, BASE));
        }

        void assertUnchanged() throws IOException {
            assertThat(layout.current()).contains(good.generation());
            assertThat(StoreBuilderTest.generations(layout)).isEqualTo(generationsBefore);
            try (OpenedGeneration opened =
                    OpenedGeneration.open(layout.current().orElseThrow())) {
                assertThat(Txn.calculateRead(
                                opened.dataset(),
                                () -> opened.dataset().getDefaultModel().size()))
                        .isEqualTo(good.triples());
            }
        }
    }

    @Test
    void aMalformedManifestFailsTheBuildNamingFileAndLineAndLeavesTheLiveStoreAlone(@TempDir Path tmp)
            throws IOException {
        Served served = Served.copy(tmp);
        Path manifest = served.data().resolve("manifest.ttl");
        String text = Files.readString(manifest);
        int line = lineOf(text, "eli:id_local \"04/CTr-UBND\"");
        Files.writeString(manifest, text.replace("eli:id_local \"04/CTr-UBND\"", "eli:id_local \"04/CTr-UBND"));
        assertThatThrownBy(served::rebuild)
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("manifest.ttl:" + line + ": column");
        served.assertUnchanged();

        // Well-formed Turtle that lacks what the build needs: the entry's line is named.
        Files.writeString(
                manifest,
                text.replace(
                        "eli:jurisdiction <jurisdiction/vn-lao-cai> ; eli:passed_by <org/ubnd-lao-cai> ;",
                        "eli:jurisdiction <jurisdiction/vn-lao-cai> ;"));
        assertThatThrownBy(served::rebuild)
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("manifest.ttl:" + lineOf(text, "<doc/004> a eli:LegalResource"))
                .hasMessageContaining("<doc/004>: missing eli:passed_by");
        served.assertUnchanged();
    }

    @Test
    void aSourceThatIsNotUtf8FailsTheBuildNamingFileAndLine(@TempDir Path tmp) throws IOException {
        Served served = Served.copy(tmp);
        Path source = served.data().resolve("sources/yen-bai_tinh-uy_ctr-hanh-dong_thuc-hien-42-NQ-TW_2024.txt");
        List<String> lines = Files.readAllLines(source);
        byte[] head = (String.join("\n", lines.subList(0, 4)) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, '\n'};
        Files.write(
                source,
                concat(
                        head,
                        bad,
                        String.join("\n", lines.subList(4, lines.size())).getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(served::rebuild)
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining(source.getFileName() + ":5: the file is not valid UTF-8");
        served.assertUnchanged();
    }

    private static List<Path> generations(StoreLayout layout) throws IOException {
        try (Stream<Path> s = Files.list(layout.root().resolve("generations"))) {
            return s.sorted().toList();
        }
    }

    /** data/ and ontology/ copied side by side, as in a checkout. */
    public static Path copyOfCheckout(Path tmp) throws IOException {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("sources"));
        Files.createDirectories(tmp.resolve("ontology"));
        try (Stream<Path> ontology = Files.list(Path.of("ontology"))) {
            for (Path p : ontology.toList())
                Files.copy(p, tmp.resolve("ontology").resolve(p.getFileName()));
        }
        Files.copy(Corpus.DATA.resolve("manifest.ttl"), data.resolve("manifest.ttl"));
        Files.copy(Corpus.DATA.resolve("indicators.ttl"), data.resolve("indicators.ttl"));
        try (Stream<Path> sources = Files.list(Corpus.DATA.resolve("sources"))) {
            for (Path p : sources.toList())
                Files.copy(p, data.resolve("sources").resolve(p.getFileName()));
        }
        return data;
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertThat(at).as(needle).isGreaterThanOrEqualTo(0);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
