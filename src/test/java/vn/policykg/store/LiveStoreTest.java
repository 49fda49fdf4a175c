package vn.policykg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.policykg.vocab.Vocab;

@ExtendWith(SeedGeneration.class)
class LiveStoreTest {

    private static final String CLAUSE =
            BuiltStore.BASE + "eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030/sec_III__para_1.5";
    private static LiveStore store;

    @BeforeAll
    static void open(OpenedGeneration seeds) {
        store = new LiveStore();
        store.swap(seeds);
    }

    @Test
    void selectSubstitutesBindingsAndCopiesTheRowsOut() {
        var rows = store.select(
                "SELECT ?text WHERE { ?clause <" + Vocab.text.getURI() + "> ?text }",
                Map.of("clause", ResourceFactory.createResource(CLAUSE)));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getLiteral("text").getString()).contains("Hoàn thành xong trước ngày 30/8/2026.");
    }

    @Test
    void aQueryTextParsedOnceServesEveryBindingAndNone() {
        String sparql = "SELECT ?clause ?path WHERE { ?clause <" + Vocab.numberPath.getURI() + "> ?path }";
        String other = CLAUSE.replace("para_1.5", "para_1.4");
        var first = store.select(sparql, Map.of("clause", ResourceFactory.createResource(CLAUSE)));
        var second = store.select(sparql, Map.of("clause", ResourceFactory.createResource(other)));
        var unbound = store.select(sparql, Map.of());
        assertThat(first)
                .singleElement()
                .satisfies(r -> assertThat(r.getLiteral("path").getString()).isEqualTo("III.1.5"));
        assertThat(second)
                .singleElement()
                .satisfies(r -> assertThat(r.getLiteral("path").getString()).isEqualTo("III.1.4"));
        // No binding stuck to the shared parse: without one, every clause of every seed answers.
        assertThat(unbound).hasSizeGreaterThan(100);
        assertThat(unbound.stream().map(r -> r.getResource("clause").getURI())).contains(CLAUSE, other);
    }

    @Test
    void describeGivesTheResourcesTriples() {
        Model m = store.graph("DESCRIBE ?clause WHERE {}", Map.of("clause", ResourceFactory.createResource(CLAUSE)));
        assertThat(m.contains(m.createResource(CLAUSE), Vocab.numberPath, "III.1.5"))
                .isTrue();
    }
}
