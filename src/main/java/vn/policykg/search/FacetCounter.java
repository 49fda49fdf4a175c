package vn.policykg.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import vn.policykg.store.TextIndexDefinition.Facet;

/**
 * Counts every hit exactly, and the hits of each facet value: exactly up to a number of hits, beyond that from
 * an even sample of half to all of that many (every k-th hit in index order, each standing for k hits, k
 * doubling as the hits come). Reading facet values is what costs per hit, so a query's cost stops growing with
 * its hits beyond the sample; only walking the hits, without scores, still does. Values are read per segment by
 * ordinal into arrays, turned into "key␟label" strings once per segment. Facets {@link Facet#ofTheDocument() of
 * the document} are not read per hit: hits are counted per document, and each document's values are read once.
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

    private final List<LeafReaderContext> leaves;
    private final int exactUpTo;

    /** Facet counts exact up to {@code exactUpTo} hits, from a sample of {@code exactUpTo / 2} or more beyond. */
    FacetCounter(IndexReader reader, int exactUpTo) {
        if (exactUpTo < 2) throw new IllegalArgumentException("exactUpTo must be at least 2 (got " + exactUpTo + ")");
        this.leaves = reader.leaves();
        this.exactUpTo = exactUpTo;
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

    /** Each facet's values among the kept hits, times the step, in {@link FacetCount#ORDER}. */
    @Override
    public Result reduce(Collection<Sample> samples) throws IOException {
        if (samples.size() != 1)
            throw new IllegalStateException("FacetCounter samples in index order: search it without an executor");
        Sample sample = samples.iterator().next();
        Map<Facet, Map<String, Long>> byValue = new EnumMap<>(Facet.class);
        int from = 0;
        for (LeafReaderContext leaf : leaves) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            int to = from;
            while (to < sample.size && sample.kept[to] < end) to++;
            if (to > from) count(leaf, sample.kept, from, to, sample.step, byValue);
            from = to;
        }
        Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            List<FacetCount> list = new ArrayList<>();
            byValue.getOrDefault(f, Map.of())
                    .forEach((value, count) -> list.add(FacetCount.of(value, Math.toIntExact(count))));
            list.sort(FacetCount.ORDER);
            out.put(f, List.copyOf(list));
        }
        return new Result(sample.hits, out, sample.step > 1);
    }

    /** Adds the values of {@code kept[from..to)}, all hits of {@code leaf}, each standing for {@code step} hits. */
    private static void count(
            LeafReaderContext leaf, int[] kept, int from, int to, long step, Map<Facet, Map<String, Long>> byValue)
            throws IOException {
        LeafReader reader = leaf.reader();
        Map<Facet, SortedSetDocValues> values = new EnumMap<>(Facet.class);
        Map<Facet, long[]> counts = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            SortedSetDocValues dv = DocValues.getSortedSet(reader, f.countField());
            values.put(f, dv);
            counts.put(f, new long[(int) dv.getValueCount()]);
        }
        long[] perDocument = counts.get(Facet.DOCUMENT);
        // Each document's first kept hit, in hit order (so ascending): where its other values are read.
        int[] firstHit = new int[perDocument.length];
        List<Integer> documents = new ArrayList<>();
        SortedSetDocValues documentOf = values.get(Facet.DOCUMENT);
        for (int i = from; i < to; i++) {
            int doc = kept[i] - leaf.docBase;
            if (documentOf.advanceExact(doc)) {
                int document = (int) documentOf.nextOrd();
                if (perDocument[document] == 0) {
                    firstHit[document] = doc;
                    documents.add(document);
                }
                perDocument[document] += step;
            }
            for (Facet f : PER_HIT) {
                SortedSetDocValues dv = values.get(f);
                if (!dv.advanceExact(doc)) continue;
                long[] c = counts.get(f);
                for (int v = 0; v < dv.docValueCount(); v++) c[(int) dv.nextOrd()] += step;
            }
        }
        // Their iterators have not moved yet, and the documents' first hits come in ascending order.
        for (Facet f : PER_DOCUMENT) {
            SortedSetDocValues dv = values.get(f);
            long[] c = counts.get(f);
            for (int document : documents)
                if (dv.advanceExact(firstHit[document]))
                    for (int v = 0; v < dv.docValueCount(); v++) c[(int) dv.nextOrd()] += perDocument[document];
        }
        for (Facet f : Facet.values()) {
            long[] c = counts.get(f);
            Map<String, Long> into = byValue.computeIfAbsent(f, k -> new HashMap<>());
            for (int ord = 0; ord < c.length; ord++)
                if (c[ord] > 0) into.merge(values.get(f).lookupOrd(ord).utf8ToString(), c[ord], Long::sum);
        }
    }
}
