package vn.policykg.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import vn.policykg.store.TextIndexDefinition;
import vn.policykg.store.TextIndexDefinition.Facet;

/**
 * Counts every hit, and the hits of each facet value, exactly: each hit's values come from arrays read once for
 * the index ({@link FacetOrdinals}), counted by ordinal; only the values answered are named ({@link FacetNames},
 * once per index). Facets {@link Facet#ofTheDocument() of the document} are not read per hit: hits are counted
 * per document, and each document's counts go to its values at the end.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Tally, FacetCounter.Result> {

    /** How many passages matched (every hit), and the counts of each facet's values among them. */
    record Result(long hits, Map<Facet, List<FacetCount>> facets) {}

    private final FacetNames names;
    private final FacetOrdinals ordinals;
    private final int mostValues;
    private final Map<Facet, List<String>> chosen;

    /**
     * Of each facet, the {@code mostValues} values with the most hits (and those tied with the last) and the
     * {@code chosen} keys (a request's filters), so that {@link FacetCount#mostHits} can cut each list; the values
     * as {@code names} numbers them, each hit's from {@code ordinals}.
     */
    FacetCounter(FacetNames names, FacetOrdinals ordinals, int mostValues, Map<Facet, List<String>> chosen) {
        if (mostValues < 1)
            throw new IllegalArgumentException("mostValues must be at least 1 (got " + mostValues + ")");
        this.names = names;
        this.ordinals = ordinals;
        this.mostValues = mostValues;
        this.chosen = chosen;
    }

    /** The hits of each document and of each value of the passages' own facets (ids across the whole index). */
    static final class Tally extends SimpleCollector {
        private final FacetOrdinals ordinals;
        private final FacetOrdinals.Ordinals[] own;
        private final int[] perDocument;
        private final int[][] perValue;
        private long hits;
        private int base;

        private Tally(FacetOrdinals ordinals) {
            this.ordinals = ordinals;
            own = new FacetOrdinals.Ordinals[FacetOrdinals.OF_THE_PASSAGE.length];
            Arrays.setAll(own, ordinals::own);
            perDocument = new int[ordinals.valueCount(Facet.DOCUMENT)];
            perValue = Arrays.stream(FacetOrdinals.OF_THE_PASSAGE)
                    .map(f -> new int[ordinals.valueCount(f)])
                    .toArray(int[][]::new);
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            base = context.docBase;
        }

        @Override
        public void collect(int doc) {
            int passage = base + doc;
            hits++;
            int document = ordinals.documentOf(passage);
            if (document >= 0) perDocument[document]++;
            int holder = ordinals.ownHolder(passage);
            if (holder < 0) return;
            for (int f = 0; f < own.length; f++) {
                int[] start = own[f].start();
                int[] ords = own[f].ords();
                int[] counts = perValue[f];
                for (int i = start[holder]; i < start[holder + 1]; i++) counts[ords[i]]++;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    @Override
    public Tally newCollector() {
        return new Tally(ordinals);
    }

    /**
     * Each facet's values among the hits, in {@link FacetCount#ORDER}: the {@link #mostValues} with the most hits,
     * every value tied with the last of those, and the chosen values. Only those are turned into labels: a facet of a
     * large corpus (its documents, its bodies) has thousands of values among the hits, and naming and sorting them
     * all was a tenth of a search at 10 times the shared corpus.
     */
    @Override
    public Result reduce(Collection<Tally> tallies) throws IOException {
        Map<Facet, int[]> counts = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) counts.put(f, new int[ordinals.valueCount(f)]);
        long hits = 0;
        for (Tally t : tallies) {
            hits += t.hits;
            add(counts.get(Facet.DOCUMENT), t.perDocument);
            for (int f = 0; f < FacetOrdinals.OF_THE_PASSAGE.length; f++)
                add(counts.get(FacetOrdinals.OF_THE_PASSAGE[f]), t.perValue[f]);
        }
        int[] perDocument = counts.get(Facet.DOCUMENT);
        for (Facet f : Facet.values()) {
            if (!f.ofTheDocument()) continue;
            int[][] of = ordinals.ofDocument(f);
            int[] c = counts.get(f);
            for (int d = 0; d < perDocument.length; d++) for (int ord : of[d]) c[ord] += perDocument[d];
        }
        Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            SortedSetDocValues dv = names.values(f);
            int[] c = counts.get(f);
            List<FacetCount> list = new ArrayList<>();
            int least = least(c);
            for (int ord = 0; ord < c.length; ord++)
                if (c[ord] > 0 && c[ord] >= least) list.add(names.counted(f, dv, ord, c[ord]));
            for (String key : new LinkedHashSet<>(chosen.getOrDefault(f, List.of()))) {
                int ord = ordOf(dv, key);
                if (ord >= 0 && c[ord] > 0 && c[ord] < least) list.add(names.counted(f, dv, ord, c[ord]));
            }
            list.sort(FacetCount.ORDER);
            out.put(f, List.copyOf(list));
        }
        return new Result(hits, out);
    }

    private static void add(int[] into, int[] counts) {
        for (int i = 0; i < counts.length; i++) into[i] += counts[i];
    }

    /** The count a value needs to be among the {@link #mostValues} with the most hits (ties included). */
    private int least(int[] counts) {
        int[] positive = Arrays.stream(counts).filter(n -> n > 0).toArray();
        if (positive.length <= mostValues) return 1;
        Arrays.sort(positive);
        return positive[positive.length - mostValues];
    }

    /** The ordinal of the value whose key is {@code key} ("key␟label" sorts right after "key␟"), or -1. */
    private static int ordOf(SortedSetDocValues values, String key) throws IOException {
        BytesRef prefix = new BytesRef(key + TextIndexDefinition.LABEL_SEPARATOR);
        TermsEnum terms = values.termsEnum();
        if (terms.seekCeil(prefix) == TermsEnum.SeekStatus.END) return -1;
        return StringHelper.startsWith(terms.term(), prefix) ? (int) terms.ord() : -1;
    }
}
