package vn.policykg.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.FixedBitSet;

/**
 * Ranking within hits already found: a pass that walks every hit anyway (counting, facets) also marks them
 * ({@link #marking}), and a later pass keeps the best of them by another query's scores ({@link #best}). That
 * query may match more, as long as it scores the marked hits as the query that found them would: a disjunction
 * of optional clauses, which Lucene ranks by skipping what cannot reach the best, instead of a required clause
 * beside optional ones, which it walks hit by hit ({@code VietnameseQueryParser.Ranked#termScores}).
 */
final class KnownHits {

    private KnownHits() {}

    /** Marks every document collected, by its id across the whole index (its segment's base added). */
    static CollectorManager<Marker, FixedBitSet> marking(int maxDoc) {
        return new CollectorManager<>() {
            @Override
            public Marker newCollector() {
                return new Marker(new FixedBitSet(maxDoc));
            }

            @Override
            public FixedBitSet reduce(Collection<Marker> markers) {
                FixedBitSet all = new FixedBitSet(maxDoc);
                markers.forEach(m -> all.or(m.marked));
                return all;
            }
        };
    }

    /** The best {@code n} by score among the {@code marked} documents; others are scored but never kept. */
    static CollectorManager<Among, TopDocs> best(FixedBitSet marked, int n) {
        // As IndexSearcher#search(Query, int) but exact up to n hits only: beyond, Lucene may skip.
        TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(n, null, n);
        return new CollectorManager<>() {
            @Override
            public Among newCollector() throws IOException {
                return new Among(top.newCollector(), marked);
            }

            @Override
            public TopDocs reduce(Collection<Among> collectors) throws IOException {
                return top.reduce(collectors.stream().map(Among::top).toList());
            }
        };
    }

    static final class Marker extends SimpleCollector {
        private final FixedBitSet marked;
        private int base;

        private Marker(FixedBitSet marked) {
            this.marked = marked;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            base = context.docBase;
        }

        @Override
        public void collect(int doc) {
            marked.set(base + doc);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    static final class Among extends FilterCollector {
        private final FixedBitSet marked;

        private Among(TopScoreDocCollector top, FixedBitSet marked) {
            super(top);
            this.marked = marked;
        }

        private TopScoreDocCollector top() {
            return (TopScoreDocCollector) in;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            int base = context.docBase;
            return new FilterLeafCollector(super.getLeafCollector(context)) {
                @Override
                public void collect(int doc) throws IOException {
                    // The best so far, and so how much Lucene may skip, come from marked documents only.
                    if (marked.get(base + doc)) super.collect(doc);
                }
            };
        }
    }
}
