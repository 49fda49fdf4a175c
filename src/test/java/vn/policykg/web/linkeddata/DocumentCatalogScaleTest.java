package vn.policykg.web.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.LinkedMultiValueMap;
import vn.policykg.store.LiveStore;
import vn.policykg.store.OpenedGeneration;
import vn.policykg.store.StoreLayout;
import vn.policykg.vocab.Vocab;

/**
 * The document list over 10,000 documents in TDB2: its counts, pages, orders and facets are right. How long it
 * takes is measured by {@link DocumentCatalogBenchmark}, not here: these machines are shared and noisy.
 */
class DocumentCatalogScaleTest {

    static final int DOCUMENTS = 10_000;
    /** The third page of every document, newest first. */
    static final Map<String, String> PAGE_THREE = Map.of("page", "3");
    /** The decrees of 2000 in the corpus, by number. */
    static final Map<String, String> THREE_FILTERS =
            Map.of("kind", Vocab.DOCUMENT_TYPE_NS + "decree", "year", "2000", "corpus", "true", "sort", "number");

    private static final String[] KINDS = {"decree", "circular", "decision", "law", "resolution"};
    private static final int ISSUERS = 300;

    @TempDir
    static Path dir;

    private static LiveStore store;
    private static DocumentCatalog catalog;

    @BeforeAll
    static void load() {
        store = tenThousandDocuments(dir);
        catalog = new DocumentCatalog(store, new PageQueries(store));
    }

    /** A store in {@code dir} serving a TDB2 generation of {@value #DOCUMENTS} documents (see {@link #documents}). */
    static LiveStore tenThousandDocuments(Path dir) {
        StoreLayout.Generation gen = new StoreLayout(dir).newGeneration();
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(gen.tdbDir().toString());
        Dataset ds = DatasetFactory.wrap(tdb);
        Txn.executeWrite(ds, () -> ds.getDefaultModel().add(documents()));
        TDBInternal.expel(tdb);
        LiveStore live = new LiveStore();
        live.swap(OpenedGeneration.open(gen));
        return live;
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** Document i: kind i mod 5, issuer i mod 300, dated every day from 1996, in the corpus when i mod 10 = 0. */
    private static Model documents() {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < DOCUMENTS; i++) {
            Resource d = m.createResource("http://localhost:8080/eli/vn/test/" + i)
                    .addProperty(RDF.type, Vocab.LegalResource)
                    .addProperty(Vocab.typeDocument, m.createResource(Vocab.DOCUMENT_TYPE_NS + KINDS[i % KINDS.length]))
                    .addProperty(
                            Vocab.passedBy, m.createResource("http://localhost:8080/org/vn/co-quan-" + i % ISSUERS))
                    .addProperty(Vocab.idLocal, i + "/NĐ-CP")
                    .addProperty(Vocab.title, "Văn bản thử " + i, "vi")
                    .addLiteral(Vocab.inCorpus, i % 10 == 0);
            d.addProperty(
                    Vocab.dateDocument,
                    m.createTypedLiteral(LocalDate.of(1996, 1, 1).plusDays(i).toString(), XSDDatatype.XSDdate));
        }
        return m;
    }

    static DocumentListQuery query(Map<String, String> params) {
        LinkedMultiValueMap<String, String> map = new LinkedMultiValueMap<>();
        params.forEach(map::add);
        return DocumentListQuery.parse(map);
    }

    @Test
    void tenThousandDocumentsAreCountedPagedAndFaceted() {
        DocumentListQuery plain = query(PAGE_THREE);
        DocumentCatalog.Listing all = catalog.list(plain);
        assertThat(all.total()).isEqualTo(DOCUMENTS);
        // Newest first: page 3 starts 100 documents below the newest.
        assertThat(all.documents())
                .hasSize(DocumentListQuery.PAGE_SIZE)
                .first()
                .isEqualTo("http://localhost:8080/eli/vn/test/" + (DOCUMENTS - 101));
        assertThat(all.facets().get(DocumentFacet.ISSUER)).hasSize(ISSUERS);

        DocumentListQuery filters = query(THREE_FILTERS);
        DocumentCatalog.Listing decrees = catalog.list(filters);
        // 2000 is days 1461–1826 after 1 January 1996; of those, multiples of 10 (in the corpus) and of 5 (decrees).
        long expected =
                IntStream.rangeClosed(1461, 1826).filter(i -> i % 10 == 0).count();
        assertThat(decrees.total()).isEqualTo(expected);
        assertThat(decrees.facets().get(DocumentFacet.KIND))
                .extracting(DocumentCatalog.FacetValue::count)
                .containsOnly(expected);
        List<String> years = decrees.facets().get(DocumentFacet.YEAR).stream()
                .map(DocumentCatalog.FacetValue::value)
                .toList();
        assertThat(years).first().isEqualTo("2023");

        // A later request is cut from the order and facets kept for the generation: the same answer.
        assertThat(catalog.list(plain)).isEqualTo(all);
        assertThat(catalog.list(filters)).isEqualTo(decrees);

        // Another year's decrees: counted under their own filters, not the ones kept for 2000 (2001 is days 1827–2191).
        Map<String, String> next = new HashMap<>(THREE_FILTERS);
        next.put("year", "2001");
        DocumentCatalog.Listing of2001 = catalog.list(query(next));
        long expected2001 =
                IntStream.rangeClosed(1827, 2191).filter(i -> i % 10 == 0).count();
        assertThat(of2001.total()).isEqualTo(expected2001).isNotEqualTo(expected);
        assertThat(of2001.facets().get(DocumentFacet.KIND))
                .extracting(DocumentCatalog.FacetValue::count)
                .containsOnly(expected2001);
        // The year facet leaves its own filter out, so both lists count the years alike.
        assertThat(of2001.facets().get(DocumentFacet.YEAR))
                .isEqualTo(decrees.facets().get(DocumentFacet.YEAR));
    }
}
