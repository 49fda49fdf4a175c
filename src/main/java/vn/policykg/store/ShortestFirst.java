package vn.policykg.store;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Sorter;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.SmallFloat;
import vn.policykg.analysis.SearchFields;

/**
 * The order of the text index's passages: by length, the shortest first, passages of one length in the order they
 * were written. A short passage with a searched word outscores a long one, so in this order the best hits come early
 * and the later blocks of a word's postings score lower: Lucene, keeping the best few hundred, skips more of them
 * (on the 10× corpus a fifth of the ranking and rescoring of the ten benchmark phrases, and 5% of the index's size).
 *
 * <p>Length is the one Lucene keeps for scoring (a field's norm, one byte), read from the folded words: passages
 * that score the same for a query have the same norms, so they keep their order, and a search finds what it found in
 * the order written, ties included.
 */
final class ShortestFirst {

    /** Norms are one byte. */
    private static final int LENGTHS = 256;

    private ShortestFirst() {}

    /**
     * How the text index is merged: the segments Lucene flushes while passages are added are left alone (the final
     * merge writes each again anyway), and a forced merge writes all of them into one segment in this order (Lucene
     * asks each merge for its order: {@link MergePolicy.OneMerge#reorder}). A single flushed segment is written again
     * too, so the order holds however many there were; a writer whose one segment already {@link #holds} it need not
     * ask.
     */
    static MergePolicy intoOneSegment() {
        return new FilterMergePolicy(NoMergePolicy.INSTANCE) {
            @Override
            public MergeSpecification findForcedMerges(
                    SegmentInfos infos,
                    int maxSegmentCount,
                    Map<SegmentCommitInfo, Boolean> segmentsToMerge,
                    MergeContext context) {
                List<SegmentCommitInfo> segments = infos.asList();
                // Lucene marks the segments there were when the forced merge began; its own result is not marked.
                if (segments.stream().noneMatch(s -> Boolean.TRUE.equals(segmentsToMerge.get(s)))) return null;
                MergeSpecification all = new MergeSpecification();
                all.add(new OneMerge(segments) {
                    @Override
                    public Sorter.DocMap reorder(CodecReader merged, Directory dir, Executor executor)
                            throws IOException {
                        // Passages added shortest first are in order across their segments: nothing to sort.
                        int[] length = lengths(merged);
                        return inOrder(length) ? null : docMap(length);
                    }
                });
                return all;
            }
        };
    }

    /** Where each passage goes, by its {@code length}. */
    private static Sorter.DocMap docMap(int[] length) {
        int n = length.length;
        int[] newToOld = order(length);
        int[] oldToNew = new int[n];
        for (int to = 0; to < n; to++) oldToNew[newToOld[to]] = to;
        return new Sorter.DocMap() {
            @Override
            public int oldToNew(int doc) {
                return oldToNew[doc];
            }

            @Override
            public int newToOld(int doc) {
                return newToOld[doc];
            }

            @Override
            public int size() {
                return n;
            }
        };
    }

    /**
     * The length of {@code words} as the index will keep it: the norm Lucene's default similarity computes for the
     * folded field (its tokens, overlaps not counted, in one byte). A writer that adds its passages in {@link #order}
     * of these has them in this order already, and need not have its one segment written again.
     */
    static int length(Analyzer analyzer, String words) throws IOException {
        int tokens = 0;
        try (TokenStream ts = analyzer.tokenStream(SearchFields.TEXT_FOLDED, words)) {
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) if (increment.getPositionIncrement() != 0) tokens++;
            ts.end();
        }
        // No words: Lucene keeps a norm of 0, so such passages come first.
        return Byte.toUnsignedInt(SmallFloat.intToByte4(tokens));
    }

    /** Whether {@code segment}'s passages are in this order. */
    static boolean holds(LeafReader segment) throws IOException {
        return inOrder(lengths(segment));
    }

    private static boolean inOrder(int[] length) {
        for (int d = 1; d < length.length; d++) if (length[d] < length[d - 1]) return false;
        return true;
    }

    /**
     * Each passage's length, as its norm holds it. A passage without the field has no norm and counts as one whose
     * field has no words (norm 0), as {@link #length} counts it when the writer orders what it adds.
     */
    private static int[] lengths(LeafReader segment) throws IOException {
        int[] length = new int[segment.maxDoc()];
        NumericDocValues norms = segment.getNormValues(SearchFields.TEXT_FOLDED);
        if (norms != null)
            for (int d = norms.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = norms.nextDoc())
                length[d] = Byte.toUnsignedInt((byte) norms.longValue());
        return length;
    }

    /** The passages in this order, by their lengths: the new position's old one. A counting sort, so it is stable. */
    static int[] order(int[] length) {
        int[] next = new int[LENGTHS + 1];
        for (int l : length) next[l + 1]++;
        for (int l = 1; l <= LENGTHS; l++) next[l] += next[l - 1];
        int[] newToOld = new int[length.length];
        for (int d = 0; d < length.length; d++) newToOld[next[length[d]]++] = d;
        return newToOld;
    }
}
