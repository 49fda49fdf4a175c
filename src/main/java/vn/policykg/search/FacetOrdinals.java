package vn.policykg.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.IntsRefBuilder;
import vn.policykg.store.TextIndexDefinition.Facet;

/**
 * Every passage's facet value ordinals, read once for an index into arrays: the document each passage is of, the
 * values of its own facets (agencies, indicators), and each document's values of the facets {@link
 * Facet#ofTheDocument() of the document} (type, province, issuer, year; every passage of a document has the same
 * ones). A generation's index never changes, and counting a hit from arrays takes a few reads where its doc values
 * would be decoded again at every search: so every hit is counted, at any number of hits (ids across the whole
 * index, ordinals as {@link FacetNames#values}). Few passages have values of their own, so those are kept for
 * them only, found by a bit set and its running count. Heap: an int per passage for its document, a bit and a
 * half per passage for finding those with values of their own, an int per value and two per passage that has any
 * (3.5 MB at 10 times the shared corpus: 735,375 passages, 2,669 with values of their own). Immutable once made, so
 * threads share it.
 */
final class FacetOrdinals {

    /** Ordinals of many holders in two arrays: holder {@code i}'s are {@code ords[start[i]..start[i + 1])}. */
    record Ordinals(int[] start, int[] ords) {}

    /** The facets of a passage itself, read at every hit: all but the document and those of the document. */
    static final Facet[] OF_THE_PASSAGE = Arrays.stream(Facet.values())
            .filter(f -> f != Facet.DOCUMENT && !f.ofTheDocument())
            .toArray(Facet[]::new);

    private final Map<Facet, Integer> valueCount = new EnumMap<>(Facet.class);
    private final int[] documentOf;
    private final long[] withOwn;
    private final int[] ownBefore;
    private final Ordinals[] own = new Ordinals[OF_THE_PASSAGE.length];
    private final Map<Facet, int[][]> ofDocument = new EnumMap<>(Facet.class);

    /** Read from the values {@code names} gives, for an index of {@code maxDoc} passages. */
    FacetOrdinals(FacetNames names, int maxDoc) throws IOException {
        for (Facet f : Facet.values())
            valueCount.put(f, Math.toIntExact(names.values(f).getValueCount()));
        documentOf = new int[maxDoc];
        Arrays.fill(documentOf, -1);
        SortedSetDocValues documents = names.values(Facet.DOCUMENT);
        // Each document's first passage: where the values of the document are read, in ascending order.
        int[] firstPassage = new int[valueCount(Facet.DOCUMENT)];
        Arrays.fill(firstPassage, -1);
        for (int p = documents.nextDoc(); p != DocIdSetIterator.NO_MORE_DOCS; p = documents.nextDoc()) {
            int document = (int) documents.nextOrd();
            documentOf[p] = document;
            if (firstPassage[document] < 0) firstPassage[document] = p;
        }
        FixedBitSet any = new FixedBitSet(maxDoc);
        for (Facet f : OF_THE_PASSAGE) any.or(names.values(f));
        withOwn = any.getBits();
        ownBefore = new int[withOwn.length];
        for (int w = 1; w < withOwn.length; w++) ownBefore[w] = ownBefore[w - 1] + Long.bitCount(withOwn[w - 1]);
        int holders = any.cardinality();
        for (int f = 0; f < OF_THE_PASSAGE.length; f++) own[f] = byOwnHolder(names.values(OF_THE_PASSAGE[f]), holders);
        readDocumentValues(names, firstPassage);
    }

    /** How many values {@code f} has in the index: its ordinals are below it. */
    int valueCount(Facet f) {
        return valueCount.get(f);
    }

    /** The document ordinal of {@code passage} (an id across the index), or -1 when it names none. */
    int documentOf(int passage) {
        return documentOf[passage];
    }

    /**
     * Where {@code passage}'s values of its own facets are in {@link #own}, or -1 when it has none: its rank among
     * the passages that have any.
     */
    int ownHolder(int passage) {
        long word = withOwn[passage >> 6];
        long bit = 1L << passage; // Java shifts a long by the low six bits only
        if ((word & bit) == 0) return -1;
        return ownBefore[passage >> 6] + Long.bitCount(word & (bit - 1));
    }

    /** The values of the {@code f}-th facet of {@link #OF_THE_PASSAGE}, by {@link #ownHolder}. */
    Ordinals own(int f) {
        return own[f];
    }

    /** The values of {@code f}, a facet of the document, per document ordinal. */
    int[][] ofDocument(Facet f) {
        return ofDocument.get(f);
    }

    /** The values of the {@code holders} passages that have any of their own, by {@link #ownHolder}. */
    private Ordinals byOwnHolder(SortedSetDocValues values, int holders) throws IOException {
        int[] start = new int[holders + 1];
        IntsRefBuilder ords = new IntsRefBuilder();
        int holder = 0;
        for (int p = values.nextDoc(); p != DocIdSetIterator.NO_MORE_DOCS; p = values.nextDoc()) {
            int h = ownHolder(p);
            while (holder <= h) start[holder++] = ords.length();
            for (int ord : ords(values)) ords.append(ord);
        }
        while (holder <= holders) start[holder++] = ords.length();
        return new Ordinals(start, ArrayUtil.copyOfSubArray(ords.ints(), 0, ords.length()));
    }

    /**
     * Each document's values of the facets of the document, read at its first passage: one walk over the passages,
     * in ascending order, as doc values are read.
     */
    private void readDocumentValues(FacetNames names, int[] firstPassage) throws IOException {
        Map<Facet, SortedSetDocValues> values = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values())
            if (f.ofTheDocument()) {
                values.put(f, names.values(f));
                ofDocument.put(f, new int[firstPassage.length][0]);
            }
        for (int p = 0; p < documentOf.length; p++) {
            int document = documentOf[p];
            if (document < 0 || firstPassage[document] != p) continue;
            for (Map.Entry<Facet, SortedSetDocValues> v : values.entrySet())
                if (v.getValue().advanceExact(p)) ofDocument.get(v.getKey())[document] = ords(v.getValue());
        }
    }

    /** The ordinals of the passage {@code values} is on. */
    private static int[] ords(SortedSetDocValues values) throws IOException {
        int[] ords = new int[values.docValueCount()];
        for (int i = 0; i < ords.length; i++) ords[i] = (int) values.nextOrd();
        return ords;
    }
}
