package vn.policykg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.policykg.store.OpenedGeneration;
import vn.policykg.store.SeedGeneration;
import vn.policykg.store.TextIndexDefinition.Facet;

/** The arrays of facet value ordinals over the five real documents' passages, against their doc values. */
@ExtendWith(SeedGeneration.class)
class FacetOrdinalsTest {

    private static IndexReader reader;
    private static FacetNames names;
    private static FacetOrdinals ordinals;

    @BeforeAll
    static void read(OpenedGeneration seeds) throws IOException {
        reader = seeds.textIndex().searcher().getIndexReader();
        names = new FacetNames(reader);
        ordinals = new FacetOrdinals(names, reader.maxDoc());
    }

    // Each check lists every passage's values both ways and compares the lists once: one assertion per passage
    // took seconds on the seeds.

    @Test
    void everyPassageHasItsDocumentAndItsOwnValues() throws IOException {
        SortedSetDocValues documents = names.values(Facet.DOCUMENT);
        List<Integer> expectedDocuments = new ArrayList<>();
        List<Integer> documentsRead = new ArrayList<>();
        for (int p = 0; p < reader.maxDoc(); p++) {
            expectedDocuments.add(documents.advanceExact(p) ? (int) documents.nextOrd() : -1);
            documentsRead.add(ordinals.documentOf(p));
        }
        assertThat(documentsRead).isEqualTo(expectedDocuments).doesNotContain(-1);
        Set<Integer> withOwn = new HashSet<>();
        for (int f = 0; f < FacetOrdinals.OF_THE_PASSAGE.length; f++) {
            Facet facet = FacetOrdinals.OF_THE_PASSAGE[f];
            SortedSetDocValues values = names.values(facet);
            List<String> expected = new ArrayList<>();
            List<String> read = new ArrayList<>();
            for (int p = 0; p < reader.maxDoc(); p++) {
                int[] own = values.advanceExact(p) ? ords(values) : new int[0];
                if (own.length > 0) withOwn.add(p);
                expected.add(p + " " + Arrays.toString(own));
                int holder = ordinals.ownHolder(p);
                read.add(p + " " + Arrays.toString(holder < 0 ? new int[0] : of(ordinals.own(f), holder)));
            }
            assertThat(read).as(facet.field()).isEqualTo(expected);
        }
        // Only passages with a value of their own take room for them, and the seeds have such passages.
        assertThat(withOwn).isNotEmpty();
        List<Integer> holders = new ArrayList<>();
        for (int p = 0; p < reader.maxDoc(); p++) if (ordinals.ownHolder(p) >= 0) holders.add(p);
        assertThat(holders).containsExactlyInAnyOrderElementsOf(withOwn);
    }

    @Test
    void everyPassageOfADocumentHasTheDocumentsValues() throws IOException {
        for (Facet f : Facet.values()) {
            if (!f.ofTheDocument()) continue;
            SortedSetDocValues values = names.values(f);
            List<String> expected = new ArrayList<>();
            List<String> read = new ArrayList<>();
            for (int p = 0; p < reader.maxDoc(); p++) {
                expected.add(p + " " + Arrays.toString(values.advanceExact(p) ? ords(values) : new int[0]));
                read.add(p + " " + Arrays.toString(ordinals.ofDocument(f)[ordinals.documentOf(p)]));
            }
            assertThat(read).as(f.field()).isEqualTo(expected);
        }
    }

    @Test
    void theLaoCaiProgrammeIsOfLaoCaiAnd2026() throws IOException {
        int programme = ordinalOf(Facet.DOCUMENT, "04/CTr-UBND");
        assertThat(labels(Facet.PROVINCE, ordinals.ofDocument(Facet.PROVINCE)[programme]))
                .containsExactly("tỉnh Lào Cai");
        assertThat(labels(Facet.YEAR, ordinals.ofDocument(Facet.YEAR)[programme]))
                .containsExactly("2026");
    }

    private static int ordinalOf(Facet f, String labelPart) throws IOException {
        SortedSetDocValues values = names.values(f);
        List<Integer> found = new ArrayList<>();
        for (int ord = 0; ord < values.getValueCount(); ord++)
            if (FacetCount.of(values.lookupOrd(ord).utf8ToString(), 0).label().contains(labelPart)) found.add(ord);
        assertThat(found).as("%s values naming %s", f, labelPart).hasSize(1);
        return found.getFirst();
    }

    private static Set<String> labels(Facet f, int[] ords) throws IOException {
        SortedSetDocValues values = names.values(f);
        Set<String> out = new HashSet<>();
        for (int ord : ords)
            out.add(FacetCount.of(values.lookupOrd(ord).utf8ToString(), 0).label());
        return out;
    }

    private static int[] of(FacetOrdinals.Ordinals ordinals, int holder) {
        return Arrays.copyOfRange(ordinals.ords(), ordinals.start()[holder], ordinals.start()[holder + 1]);
    }

    private static int[] ords(SortedSetDocValues values) throws IOException {
        int[] out = new int[values.docValueCount()];
        for (int i = 0; i < out.length; i++) out[i] = (int) values.nextOrd();
        return out;
    }
}
