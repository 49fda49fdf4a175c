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
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import vn.policykg.store.TextIndexDefinition;
import vn.policykg.store.TextIndexDefinition.Facet;

/**
 * Counts every hit exactly, and the hits of each facet value: exactly up to a number of hits, beyond that from
 * an even sample of half to all of that many (every k-th hit in index order, each standing for k hits, k
 * doubling as the hits come). Reading facet values is what costs per hit, so a query's cost stops growing with
 * its hits beyond the sample; only walking the hits, without scores, still does. Values are counted by ordinal
 * into arrays; only the values answered are named ({@link FacetNames}, once per index). Facets {@link
 * Facet#ofTheDocument() of the document} are not read per hit: hits are counted per document, and each document's
 * values are read once for the index ({@link DocumentFacets}).
 *
 * <p>The sample follows index order, so the searcher must visit the segments one after the other, in order
 * (an {@code IndexSearcher} without an executor).
 */
final class FacetCounter implements CollectorManager<FacetCounter.Sample, FacetCounter.Result> {

    /**
     * How many documents matched (always exact), the counts of each facet's values among them, and whether those
     * counts are estimates from a sample (each a multiple of the sampling step).
     */
    record Result(long hits, Map<Facet, List<FacetCount>> facets, boolean estimated) {}

    /** Read at every counted hit besides {@link Facet#DOCUMENT}: the values of the passage itself. */
    private static final List<Facet> PER_HIT = Arrays.stream(Facet.values())
            .filter(f -> f != Facet.DOCUMENT && !f.ofTheDocument())
            .toList();

    private static final List<Facet> PER_DOCUMENT =
            Arrays.stream(Facet.values()).filter(Facet::ofTheDocument).toList();

    private final FacetNames names;
    private final DocumentFacets known;
    private final int exactUpTo;
    private final int mostValues;
    private final Map<Facet, List<String>> chosen;

    /**
     * Facet counts exact up to {@code exactUpTo} hits, from a sample of {@code exactUpTo / 2} or more beyond; of
     * each facet, the {@code mostValues} values with the most hits (and those tied with the last) and the
     * {@code chosen} keys (a request's filters), so that {@link FacetCount#mostHits} can cut each list. The
     * values of the facets of the document come from {@code known}, kept for the index.
     */
    FacetCounter(
            FacetNames names, DocumentFacets known, int exactUpTo, int mostValues, Map<Facet, List<String>> chosen) {
        if (exactUpTo < 2) throw new IllegalArgumentException("exactUpTo must be at least 2 (got " + exactUpTo + ")");
        if (mostValues < 1)
            throw new IllegalArgumentException("mostValues must be at least 1 (got " + mostValues + ")");
        this.names = names;
        this.known = known;
        this.exactUpTo = exactUpTo;
        this.mostValues = mostValues;
        this.chosen = chosen;
    }

    /** The hits in index order (ids across the whole index), every {@link #step}-th of them kept. */
    static final class Sample implements Collector {
        private final int limit;
        private int[] kept = new int[64];
        private int size;
        private long hits;
        private long step = 1;

        Sample(int limit) {
            this.limit = limit;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            int base = context.docBase;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) {
                    long hit = hits++;
                    if (hit % step != 0) return;
                    if (size == limit) {
                        halve();
                        if (hit % step != 0) return;
                    }
                    if (size == kept.length) kept = Arrays.copyOf(kept, Math.min(limit, size * 2));
                    kept[size++] = base + doc;
                }
            };
        }

        /** Keeps every other hit kept so far: those at multiples of twice the step. */
        private void halve() {
            int n = 0;
            for (int i = 0; i < size; i += 2) kept[n++] = kept[i];
            size = n;
            step *= 2;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    @Override
    public Sample newCollector() {
        return new Sample(exactUpTo);
    }

    /**
     * Each facet's values among the kept hits, times the step, in {@link FacetCount#ORDER}: the {@link #mostValues}
     * with the most hits, every value tied with the last of those, and the chosen values. Only those are turned into
     * labels: a facet of a large corpus (its documents, its bodies) has thousands of values among the hits, and
     * naming and sorting them all was a tenth of a search at 10 times the shared corpus.
     */
    @Override
    public Result reduce(Collection<Sample> samples) throws IOException {
        if (samples.size() != 1)
            throw new IllegalStateException("FacetCounter samples in index order: search it without an executor");
        Sample sample = samples.iterator().next();
        Map<Facet, SortedSetDocValues> values = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) values.put(f, names.values(f));
        Map<Facet, long[]> counts = count(values, sample.kept, sample.size, sample.step);
        Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            // Naming looks ordinals up, which does not depend on where counting left the iterator.
            SortedSetDocValues dv = values.get(f);
            long[] c = counts.get(f);
            List<FacetCount> list = new ArrayList<>();
            long least = least(c);
            for (int ord = 0; ord < c.length; ord++)
                if (c[ord] > 0 && c[ord] >= least) list.add(names.counted(f, dv, ord, c[ord]));
            for (String key : new LinkedHashSet<>(chosen.getOrDefault(f, List.of()))) {
                int ord = ordOf(dv, key);
                if (ord >= 0 && c[ord] > 0 && c[ord] < least) list.add(names.counted(f, dv, ord, c[ord]));
            }
            list.sort(FacetCount.ORDER);
            out.put(f, List.copyOf(list));
        }
        return new Result(sample.hits, out, sample.step > 1);
    }

    /** The count a value needs to be among the {@link #mostValues} with the most hits (ties included). */
    private long least(long[] counts) {
        long[] positive = Arrays.stream(counts).filter(n -> n > 0).toArray();
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

    /**
     * Per facet, the hits of each value (by ordinal) among {@code kept[0..size)} (ascending ids across the index),
     * each standing for {@code step} hits.
     */
    private Map<Facet, long[]> count(Map<Facet, SortedSetDocValues> values, int[] kept, int size, long step)
            throws IOException {
        Map<Facet, long[]> counts = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values())
            counts.put(f, new long[Math.toIntExact(values.get(f).getValueCount())]);
        long[] perDocument = counts.get(Facet.DOCUMENT);
        // Each document's first kept hit, in hit order (so ascending): where its other values are read.
        int[] firstHit = new int[perDocument.length];
        List<Integer> documents = new ArrayList<>();
        SortedSetDocValues documentOf = values.get(Facet.DOCUMENT);
        // The per-hit facets' values and counts looked up once, not at every hit.
        SortedSetDocValues[] hitValues = PER_HIT.stream().map(values::get).toArray(SortedSetDocValues[]::new);
        long[][] hitCounts = PER_HIT.stream().map(counts::get).toArray(long[][]::new);
        for (int i = 0; i < size; i++) {
            int doc = kept[i];
            if (documentOf.advanceExact(doc)) {
                int document = (int) documentOf.nextOrd();
                if (perDocument[document] == 0) {
                    firstHit[document] = doc;
                    documents.add(document);
                }
                perDocument[document] += step;
            }
            for (int f = 0; f < hitValues.length; f++) {
                SortedSetDocValues dv = hitValues[f];
                if (!dv.advanceExact(doc)) continue;
                long[] c = hitCounts[f];
                for (int v = 0; v < dv.docValueCount(); v++) c[(int) dv.nextOrd()] += step;
            }
        }
        // Their iterators have not moved yet, and the documents' first hits come in ascending order.
        for (Facet f : PER_DOCUMENT) {
            SortedSetDocValues dv = values.get(f);
            long[] c = counts.get(f);
            for (int document : documents)
                for (int ord : known.of(f, document, firstHit[document], dv)) c[ord] += perDocument[document];
        }
        return counts;
    }
}
