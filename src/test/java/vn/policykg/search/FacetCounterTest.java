package vn.policykg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.policykg.analysis.VietnameseQueryParser;
import vn.policykg.store.OpenedGeneration;
import vn.policykg.store.SeedGeneration;
import vn.policykg.store.TextIndexDefinition.Facet;

/** Facet counts over the five real documents' passages: every hit counted, as its own doc values say. */
@ExtendWith(SeedGeneration.class)
class FacetCounterTest {

    private static IndexSearcher searcher;
    private static Query words;
    private static VietnameseQueryParser seedsParser;

    @BeforeAll
    static void open(OpenedGeneration seeds) {
        searcher = seeds.textIndex().searcher();
        seedsParser = seeds.textIndex().parser();
        words = Searcher.prepare(SearchRequest.of("phát triển"), new ParsedQueries(seedsParser))
                .query()
                .terms();
    }

    @Test
    void everyHitIsCountedAsItsOwnValuesSay() throws IOException {
        List<Integer> hits = hitsInOrder();
        assertThat(hits).hasSizeGreaterThan(200);
        FacetCounter.Result counted = counted(searcher, words, counter(searcher, Map.of()));
        assertThat(counted.hits()).isEqualTo(hits.size());
        // Every facet as reading each hit's own values gives it; those of the document are counted per document.
        for (Facet f : Facet.values())
            assertThat(counted.facets().get(f)).as(f.field()).isEqualTo(counts(hits, f));
        assertThat(counted.facets().get(Facet.DOCUMENT).stream()
                        .mapToInt(FacetCount::count)
                        .sum())
                .isEqualTo(hits.size());
        assertThat(counted.facets().get(Facet.YEAR))
                .extracting(FacetCount::label)
                .contains("2025", "2026");
    }

    @Test
    void eachFacetAnswersTheValuesWithTheMostHitsTheTiedAndTheChosen() throws IOException {
        List<Integer> hits = hitsInOrder();
        List<FacetCount> all = counts(hits, Facet.AGENCY);
        int most = 3;
        assertThat(all).as("enough agencies to cut").hasSizeGreaterThan(most + 5);
        int least = all.get(most - 1).count();
        FacetCount rare = all.getLast();
        assertThat(rare.count()).isLessThan(least);
        FacetNames names = names(searcher);
        FacetCounter.Result cut = counted(
                searcher,
                words,
                new FacetCounter(
                        names,
                        ordinals(searcher, names),
                        most,
                        // A filter may name a value twice; it is answered once.
                        Map.of(Facet.AGENCY, List.of(rare.key(), "no-such-agency", rare.key()))));
        List<FacetCount> expected =
                new ArrayList<>(all.stream().filter(c -> c.count() >= least).toList());
        expected.add(rare);
        assertThat(cut.facets().get(Facet.AGENCY)).isEqualTo(expected);
    }

    @Test
    void anIndexInSeveralSegmentsCountsEachValueAcrossThem() throws IOException {
        List<Integer> hits = hitsInOrder();
        IndexReader seeds = searcher.getIndexReader();
        // The same passages twice, as two segments with their own ordinals: every count doubles.
        try (MultiReader twice = new MultiReader(new IndexReader[] {seeds, seeds}, false)) {
            assertThat(twice.leaves()).hasSizeGreaterThan(1);
            IndexSearcher overBoth = new IndexSearcher(twice);
            FacetCounter.Result doubled = counted(overBoth, words, counter(overBoth, Map.of()));
            assertThat(doubled.hits()).isEqualTo(2L * hits.size());
            for (Facet f : Facet.values())
                assertThat(doubled.facets().get(f))
                        .as(f.field())
                        .isEqualTo(counts(hits, f).stream()
                                .map(c -> new FacetCount(c.key(), c.label(), 2 * c.count()))
                                .toList());
        }
    }

    @Test
    void namesAndOrdinalsKeptForTheIndexServeEverySearchAsFreshOnes() throws IOException {
        FacetNames kept = names(searcher);
        FacetOrdinals keptOrdinals = ordinals(searcher, kept);
        ParsedQueries parser = new ParsedQueries(seedsParser);
        for (String text : List.of("phát triển", "bảo hiểm y tế", "giảm nghèo", "phát triển")) {
            Query q = Searcher.prepare(SearchRequest.of(text), parser).query().terms();
            FacetCounter.Result withKept =
                    counted(searcher, q, new FacetCounter(kept, keptOrdinals, FacetCount.MOST_VALUES, Map.of()));
            assertThat(withKept.facets())
                    .as(text)
                    .isEqualTo(counted(searcher, q, counter(searcher, Map.of())).facets());
        }
    }

    /** What {@code counter} counts among the hits of {@code q} on {@code on}. */
    private static FacetCounter.Result counted(IndexSearcher on, Query q, FacetCounter counter) throws IOException {
        return counter.count(KnownHits.of(on, q));
    }

    private static FacetCounter counter(IndexSearcher on, Map<Facet, List<String>> chosen) throws IOException {
        FacetNames names = names(on);
        return new FacetCounter(names, ordinals(on, names), FacetCount.MOST_VALUES, chosen);
    }

    private static FacetOrdinals ordinals(IndexSearcher on, FacetNames names) throws IOException {
        return new FacetOrdinals(names, on.getIndexReader().maxDoc());
    }

    private static FacetNames names(IndexSearcher on) throws IOException {
        return new FacetNames(on.getIndexReader());
    }

    /** Every hit of {@link #words}, in index order, as Lucene's own search finds them. */
    private static List<Integer> hitsInOrder() throws IOException {
        return Arrays.stream(searcher.search(words, searcher.getIndexReader().maxDoc()).scoreDocs)
                .map(d -> d.doc)
                .sorted()
                .toList();
    }

    /** Hits per value of {@code facet}, each hit's values read from its own doc values: the expected counts. */
    private static List<FacetCount> counts(List<Integer> hits, Facet facet) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<String, Integer> counts = new HashMap<>();
        for (int doc : hits) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), facet.countField());
            if (!dv.advanceExact(doc - leaf.docBase)) continue;
            for (int v = 0; v < dv.docValueCount(); v++)
                counts.merge(dv.lookupOrd(dv.nextOrd()).utf8ToString(), 1, Integer::sum);
        }
        List<FacetCount> out = new ArrayList<>();
        counts.forEach((value, n) -> out.add(FacetCount.of(value, n)));
        out.sort(FacetCount.ORDER);
        return out;
    }
}
