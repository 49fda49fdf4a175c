package vn.policykg.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * A query's scores added to candidates' first scores (as Lucene's {@code QueryRescorer} adds them when told to sum),
 * the candidates in two halves by id, the later half by an idle core ({@link IdleCore}): each candidate's later
 * score reads its postings and positions on its own, so the halves share nothing.
 */
final class LaterScores {

    private LaterScores() {}

    /** The best {@code n} of {@code candidates} by first score plus {@code later}'s, best first. */
    static ScoreDoc[] added(IndexSearcher searcher, Query later, ScoreDoc[] candidates, int n, IdleCore core)
            throws IOException {
        ScoreDoc[] byId = candidates.clone();
        Arrays.sort(byId, (a, b) -> Integer.compare(a.doc, b.doc));
        Weight weight = searcher.createWeight(searcher.rewrite(later), ScoreMode.COMPLETE, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int half = byId.length / 2;
        IdleCore.Offered<Void> helped = core.offer(() -> {
            add(weight, leaves, byId, half, byId.length);
            return null;
        });
        add(weight, leaves, byId, 0, half);
        helped.join();
        Arrays.sort(byId, SharedTopScores.BEST_FIRST);
        return byId.length > n ? Arrays.copyOf(byId, n) : byId;
    }

    /** Adds the later scores to {@code byId[from, to)}, which are in order of id. */
    private static void add(Weight weight, List<LeafReaderContext> leaves, ScoreDoc[] byId, int from, int to)
            throws IOException {
        LeafReaderContext leaf = null;
        Scorer scorer = null;
        for (int i = from; i < to; i++) {
            ScoreDoc hit = byId[i];
            if (leaf == null || hit.doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                scorer = weight.scorer(leaf);
            }
            if (scorer == null) continue;
            int target = hit.doc - leaf.docBase;
            DocIdSetIterator at = scorer.iterator();
            if (at.docID() < target) at.advance(target);
            if (at.docID() == target) hit.score += scorer.score();
        }
    }
}
