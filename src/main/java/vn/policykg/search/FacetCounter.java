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
 * Counts every hit, and the hits of each facet value: per segment by ordinal into an array, turned into
 * "key␟label" strings once per segment, so the cost per hit is a few array increments. Facets that are
 * {@link Facet#ofTheDocument() of the document} are not read per hit: hits are counted per document, and
 * each document's values are read once, at the document's first hit.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, FacetCounter.Result> {

    /** How many documents matched, and the counts of each facet's values among them. */
    record Result(long hits, Map<Facet, List<FacetCount>> facets) {}

    /** Read at every hit besides {@link Facet#DOCUMENT}: the values of the passage itself. */
    private static final List<Facet> PER_HIT = Arrays.stream(Facet.values())
            .filter(f -> f != Facet.DOCUMENT && !f.ofTheDocument())
            .toList();

    private static final List<Facet> PER_DOCUMENT =
            Arrays.stream(Facet.values()).filter(Facet::ofTheDocument).toList();

    static final class Counts implements Collector {
        final Map<Facet, Map<String, Integer>> byValue = new EnumMap<>(Facet.class);
        long hits;

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafReader reader = context.reader();
            Map<Facet, SortedSetDocValues> values = new EnumMap<>(Facet.class);
            Map<Facet, int[]> counts = new EnumMap<>(Facet.class);
            for (Facet f : PER_HIT) open(reader, f, values, counts);
            open(reader, Facet.DOCUMENT, values, counts);
            SortedSetDocValues documentOf = values.get(Facet.DOCUMENT);
            int[] perDocument = counts.get(Facet.DOCUMENT);
            // Each document's first hit, in hit order (so ascending): where its other values are read.
            int[] firstHit = new int[perDocument.length];
            List<Integer> documents = new ArrayList<>();
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    hits++;
                    if (documentOf.advanceExact(doc)) {
                        int document = (int) documentOf.nextOrd();
                        if (perDocument[document]++ == 0) {
                            firstHit[document] = doc;
                            documents.add(document);
                        }
                    }
                    for (Facet f : PER_HIT) {
                        SortedSetDocValues dv = values.get(f);
                        if (!dv.advanceExact(doc)) continue;
                        int[] c = counts.get(f);
                        for (int i = 0; i < dv.docValueCount(); i++) c[(int) dv.nextOrd()]++;
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (Facet f : PER_DOCUMENT) {
                        open(reader, f, values, counts);
                        SortedSetDocValues dv = values.get(f);
                        int[] c = counts.get(f);
                        for (int document : documents)
                            if (dv.advanceExact(firstHit[document]))
                                for (int i = 0; i < dv.docValueCount(); i++)
                                    c[(int) dv.nextOrd()] += perDocument[document];
                    }
                    for (Facet f : Facet.values()) {
                        int[] c = counts.get(f);
                        Map<String, Integer> into = byValue.computeIfAbsent(f, k -> new HashMap<>());
                        for (int ord = 0; ord < c.length; ord++)
                            if (c[ord] > 0)
                                into.merge(values.get(f).lookupOrd(ord).utf8ToString(), c[ord], Integer::sum);
                    }
                }
            };
        }

        private static void open(
                LeafReader reader, Facet f, Map<Facet, SortedSetDocValues> values, Map<Facet, int[]> counts)
                throws IOException {
            SortedSetDocValues dv = DocValues.getSortedSet(reader, f.countField());
            values.put(f, dv);
            counts.put(f, new int[(int) dv.getValueCount()]);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    @Override
    public Counts newCollector() {
        return new Counts();
    }

    /** Each facet's values, in {@link FacetCount#ORDER}. */
    @Override
    public Result reduce(Collection<Counts> collectors) {
        Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            Map<String, Integer> merged = new HashMap<>();
            for (Counts c : collectors)
                c.byValue.getOrDefault(f, Map.of()).forEach((k, v) -> merged.merge(k, v, Integer::sum));
            List<FacetCount> list = new ArrayList<>();
            merged.forEach((value, count) -> list.add(FacetCount.of(value, count)));
            list.sort(FacetCount.ORDER);
            out.put(f, List.copyOf(list));
        }
        return new Result(collectors.stream().mapToLong(c -> c.hits).sum(), out);
    }
}
