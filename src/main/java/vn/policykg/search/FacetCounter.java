package vn.policykg.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.StringHelper;
import vn.policykg.store.TextIndexDefinition;
import vn.policykg.store.TextIndexDefinition.Facet;

/**
 * Counts every hit, and the hits of each facet value, exactly: each hit's values come from arrays read once for
 * the index ({@link FacetOrdinals}), counted by ordinal; only the values answered are named ({@link FacetNames},
 * once per index). Facets {@link Facet#ofTheDocument() of the document} are not read per hit: hits are counted
 * per document, and each document's counts go to its values at the end.
 */
final class FacetCounter {

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

    /**
     * Counts the {@code hits} (passage ids across the whole index, {@link KnownHits#of}), read from the bit set a word
     * at a time rather than handed over one by one.
     */
    Result count(FixedBitSet hits) throws IOException {
        Map<Facet, int[]> counts = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) counts.put(f, new int[ordinals.valueCount(f)]);
        int[] perDocument = counts.get(Facet.DOCUMENT);
        FacetOrdinals.Ordinals[] own = new FacetOrdinals.Ordinals[FacetOrdinals.OF_THE_PASSAGE.length];
        Arrays.setAll(own, ordinals::own);
        int[][] perValue =
                Arrays.stream(FacetOrdinals.OF_THE_PASSAGE).map(counts::get).toArray(int[][]::new);
        long[] words = hits.getBits();
        for (int w = 0; w < words.length; w++) {
            for (long word = words[w]; word != 0; word &= word - 1) {
                int passage = (w << 6) | Long.numberOfTrailingZeros(word);
                int document = ordinals.documentOf(passage);
                if (document >= 0) perDocument[document]++;
                int holder = ordinals.ownHolder(passage);
                if (holder < 0) continue;
                for (int f = 0; f < own.length; f++) {
                    int[] start = own[f].start();
                    int[] ords = own[f].ords();
                    for (int i = start[holder]; i < start[holder + 1]; i++) perValue[f][ords[i]]++;
                }
            }
        }
        for (Facet f : Facet.values()) {
            if (!f.ofTheDocument()) continue;
            int[][] of = ordinals.ofDocument(f);
            int[] c = counts.get(f);
            for (int d = 0; d < perDocument.length; d++) for (int ord : of[d]) c[ord] += perDocument[d];
        }
        return new Result(hits.cardinality(), named(counts));
    }

    /**
     * Each facet's values among the hits, in {@link FacetCount#ORDER}: the {@link #mostValues} with the most hits,
     * every value tied with the last of those, and the chosen values. Only those are turned into labels: a facet of a
     * large corpus (its documents, its bodies) has thousands of values among the hits, and naming and sorting them
     * all was a tenth of a search at 10 times the shared corpus.
     */
    private Map<Facet, List<FacetCount>> named(Map<Facet, int[]> counts) throws IOException {
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
        return out;
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
