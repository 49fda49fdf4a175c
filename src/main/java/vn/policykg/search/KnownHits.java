package vn.policykg.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Ranking within hits already found: the hits are found once, without scores, as a bit set ({@link #of}) that the
 * facets are counted from ({@link FacetCounter}), and a later pass ranks them by another query's scores ({@link
 * #within}). That query may match more, as long as it scores the marked hits as the query that found them would: a
 * disjunction of optional clauses, which Lucene ranks by skipping what cannot reach the best, instead of a required
 * clause beside optional ones, which it walks hit by hit ({@code VietnameseQueryParser.Ranked#termScores}).
 */
final class KnownHits {

    private KnownHits() {}

    /**
     * Every live document {@code matching} finds, by its id across the whole index (its segment's base added). A
     * query the searcher's cache holds as a bit set (one searched a few times) is copied a word at a time: collected
     * one hit at a time, the marks were half of the counting walk at 10 times the shared corpus (2.6-2.8 of 5.3 ms
     * for the ten benchmark phrases, against 0.2-0.3 ms now).
     */
    static FixedBitSet of(IndexSearcher searcher, Query matching) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        FixedBitSet hits = new FixedBitSet(reader.maxDoc());
        Weight weight = searcher.createWeight(searcher.rewrite(matching), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) continue;
            DocIdSetIterator found = scorer.iterator();
            Bits live = leaf.reader().getLiveDocs();
            // A generation's index: one segment, nothing deleted.
            if (live == null && leaf.docBase == 0 && leaf.reader().maxDoc() == hits.length()) hits.or(found);
            else
                for (int doc = found.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = found.nextDoc())
                    if (live == null || live.get(doc)) hits.set(leaf.docBase + doc);
        }
        return hits;
    }

    /**
     * {@code scoring}'s scores on the {@code marked} documents only. Lucene gets them as the documents it may accept,
     * as it gets the live ones, so a disjunction drops any other as soon as one of its clauses leads to it, before it
     * reads the other clauses' postings for its score; kept out by a collector, each was scored in full first (a tenth
     * of the ranking on the 10× corpus).
     */
    static Query within(Query scoring, FixedBitSet marked) {
        return new Within(scoring, marked);
    }

    /**
     * {@code ranked} (the best of the {@code marked} documents by a query that may leave some of them unmatched, best
     * first), then, up to {@code k} in all, the marked documents it lacks at score 0, in order of id: as a query that
     * matched them at 0 would rank them (the lower id first among equal scores). A hit with none of the query's
     * bigrams, whose syllables only filter, is such a document ({@code VietnameseQueryParser.Ranked}). Added here, not
     * as a clause matching every hit at 0: Lucene bounds a clause by blocks of its postings, and such a clause has
     * none, so every window of documents became one and nothing was skipped (ranking 1.5 times slower at 10 times
     * the shared corpus).
     */
    static ScoreDoc[] thenAtZero(ScoreDoc[] ranked, FixedBitSet marked, int k) {
        if (ranked.length >= k) return ranked;
        Set<Integer> taken = new HashSet<>();
        for (ScoreDoc d : ranked) taken.add(d.doc);
        List<ScoreDoc> out = new ArrayList<>(Arrays.asList(ranked));
        BitSetIterator each = new BitSetIterator(marked, 0);
        for (int doc = each.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && out.size() < k; doc = each.nextDoc())
            if (!taken.contains(doc)) out.add(new ScoreDoc(doc, 0f));
        return out.toArray(ScoreDoc[]::new);
    }

    /** Made for one search: equal only to itself, and never cached. */
    private static final class Within extends Query {
        private final Query scoring;
        private final FixedBitSet marked;

        Within(Query scoring, FixedBitSet marked) {
            this.scoring = scoring;
            this.marked = marked;
        }

        @Override
        public Query rewrite(IndexSearcher searcher) throws IOException {
            Query rewritten = scoring.rewrite(searcher);
            return rewritten == scoring ? this : new Within(rewritten, marked);
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode mode, float boost) throws IOException {
            return new AmongMarked(this, scoring.createWeight(searcher, mode, boost), marked);
        }

        @Override
        public void visit(QueryVisitor visitor) {
            scoring.visit(visitor);
        }

        @Override
        public String toString(String field) {
            return "within marked(" + scoring.toString(field) + ")";
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** A weight whose scorers see the marked documents of their segment only. */
    private static final class AmongMarked extends FilterWeight {
        private final FixedBitSet marked;

        AmongMarked(Query query, Weight scoring, FixedBitSet marked) {
            super(query, scoring);
            this.marked = marked;
        }

        /** The segment's marked documents, by its own ids. */
        private Bits markedIn(LeafReaderContext context) {
            int base = context.docBase;
            int maxDoc = context.reader().maxDoc();
            return new Bits() {
                @Override
                public boolean get(int doc) {
                    return marked.get(base + doc);
                }

                @Override
                public int length() {
                    return maxDoc;
                }
            };
        }

        @Override
        public BulkScorer bulkScorer(LeafReaderContext context) throws IOException {
            BulkScorer all = in.bulkScorer(context);
            if (all == null) return null;
            Bits markedHere = markedIn(context);
            return new BulkScorer() {
                @Override
                public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
                    // Hits are found among live documents, so the marked ones are all live.
                    return all.score(collector, markedHere, min, max);
                }

                @Override
                public long cost() {
                    return all.cost();
                }
            };
        }

        @Override
        public Scorer scorer(LeafReaderContext context) throws IOException {
            Scorer all = in.scorer(context);
            return all == null ? null : new MarkedScorer(this, all, markedIn(context));
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            return markedIn(context).get(doc) ? in.explain(context, doc) : Explanation.noMatch("not among the hits");
        }

        @Override
        public Matches matches(LeafReaderContext context, int doc) throws IOException {
            return markedIn(context).get(doc) ? in.matches(context, doc) : null;
        }

        @Override
        public boolean isCacheable(LeafReaderContext context) {
            return false;
        }
    }

    /** The scorer's matches that are marked, checked after its own cheap approximation. */
    private static final class MarkedScorer extends Scorer {
        private final Scorer all;
        private final TwoPhaseIterator marked;

        MarkedScorer(Weight weight, Scorer all, Bits markedHere) {
            super(weight);
            this.all = all;
            TwoPhaseIterator exact = all.twoPhaseIterator();
            DocIdSetIterator approximation = exact == null ? all.iterator() : exact.approximation();
            this.marked = new TwoPhaseIterator(approximation) {
                @Override
                public boolean matches() throws IOException {
                    return markedHere.get(approximation.docID()) && (exact == null || exact.matches());
                }

                @Override
                public float matchCost() {
                    return 1 + (exact == null ? 0 : exact.matchCost());
                }
            };
        }

        @Override
        public DocIdSetIterator iterator() {
            return TwoPhaseIterator.asDocIdSetIterator(marked);
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return marked;
        }

        @Override
        public int docID() {
            return all.docID();
        }

        @Override
        public float score() throws IOException {
            return all.score();
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return all.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return all.getMaxScore(upTo);
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            all.setMinCompetitiveScore(minScore);
        }
    }
}
