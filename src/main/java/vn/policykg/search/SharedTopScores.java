package vn.policykg.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * The best {@code k} documents by a query's scores, ranked by the searching thread and an idle core together (see
 * {@link IdleCore}), the same as one thread ranking them (best score first, the lower id first among equal scores).
 * Lucene 9 searches one segment on one thread, and a generation's index is one segment; cut in two halves, the half
 * of longer passages had no good score to skip by until late and cost more than it saved. Here each thread takes
 * the next range of {@link #RANGE} documents as it comes free, keeps its own best {@code k}, and tells the other the
 * lowest score that can still be among the best; since passages are stored shortest first, both start among the
 * short passages that score best, and both skip by that score from early on.
 */
final class SharedTopScores {

    /** Documents a thread takes at a time: a few dozen ranges at 10 times the shared corpus. */
    static final int RANGE = 1 << 14;

    private record Range(LeafReaderContext leaf, int min, int max) {}

    static final Comparator<ScoreDoc> BEST_FIRST =
            Comparator.<ScoreDoc>comparingDouble(d -> -d.score).thenComparingInt(d -> d.doc);

    private final Weight weight;
    private final int k;
    private final List<Range> ranges = new ArrayList<>();
    private final AtomicInteger nextRange = new AtomicInteger();
    /** The highest k-th best score a thread has found, as float bits: scores are not negative, so bits order. */
    private final AtomicInteger floor = new AtomicInteger();

    private SharedTopScores(IndexSearcher searcher, Query query, int k, int range) throws IOException {
        this.weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f);
        this.k = k;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves())
            for (int min = 0, maxDoc = leaf.reader().maxDoc(); min < maxDoc; min += range)
                ranges.add(new Range(leaf, min, Math.min(maxDoc, min + range)));
    }

    /** The best {@code k} by {@code query}'s scores, best first, with the help of {@code core} if it is idle. */
    static ScoreDoc[] best(IndexSearcher searcher, Query query, int k, IdleCore core) throws IOException {
        return best(searcher, query, k, core, RANGE);
    }

    static ScoreDoc[] best(IndexSearcher searcher, Query query, int k, IdleCore core, int range) throws IOException {
        SharedTopScores ranking = new SharedTopScores(searcher, query, k, range);
        IdleCore.Offered<List<ScoreDoc>> helped = core.offer(ranking::rankRanges);
        List<ScoreDoc> all = new ArrayList<>(ranking.rankRanges());
        all.addAll(helped.join());
        ScoreDoc[] best = all.toArray(ScoreDoc[]::new);
        Arrays.sort(best, BEST_FIRST);
        return best.length > k ? Arrays.copyOf(best, k) : best;
    }

    /** This thread's best {@code k} of the ranges it takes, until none is left. */
    private List<ScoreDoc> rankRanges() throws IOException {
        Best best = new Best();
        LeafReaderContext leaf = null;
        BulkScorer scorer = null;
        for (int r = nextRange.getAndIncrement(); r < ranges.size(); r = nextRange.getAndIncrement()) {
            Range range = ranges.get(r);
            if (range.leaf() != leaf) {
                leaf = range.leaf();
                scorer = weight.bulkScorer(leaf);
                best.docBase = leaf.docBase;
            }
            if (scorer != null) scorer.score(best, leaf.reader().getLiveDocs(), range.min(), range.max());
        }
        List<ScoreDoc> found = new ArrayList<>(best.queue.size());
        while (best.queue.size() > 0) found.add(best.queue.pop());
        return found;
    }

    /** A thread's best {@code k}, and the lowest score worth scoring, raised as it and the other thread find more. */
    private final class Best implements LeafCollector {
        final HitQueue queue = new HitQueue(k, false);
        int docBase;
        private Scorable scorer;
        private float asked;

        @Override
        public void setScorer(Scorable scorer) throws IOException {
            this.scorer = scorer;
            asked = 0;
            raise();
        }

        @Override
        public void collect(int doc) throws IOException {
            float score = scorer.score();
            if (queue.size() < k) queue.add(new ScoreDoc(docBase + doc, score));
            else if (score > queue.top().score) {
                // A thread takes ranges in order, so among equal scores its earlier document stays ahead.
                ScoreDoc last = queue.top();
                last.doc = docBase + doc;
                last.score = score;
                queue.updateTop();
            } else return;
            if (queue.size() == k) floor.accumulateAndGet(Float.floatToIntBits(queue.top().score), Math::max);
            raise();
        }

        /**
         * Asks the scorer to skip what cannot be among the best: below this thread's k-th score (and at it, since
         * a later document loses a tie) or below the other's (not at it: this thread's documents may come first).
         */
        private void raise() throws IOException {
            float own = queue.size() == k ? Math.nextUp(queue.top().score) : 0f;
            float least = Math.max(own, Float.intBitsToFloat(floor.get()));
            if (least > asked) {
                scorer.setMinCompetitiveScore(least);
                asked = least;
            }
        }
    }
}
