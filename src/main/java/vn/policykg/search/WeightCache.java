package vn.policykg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Lucene weights of one searcher's queries, made once: rewriting a query and making its weight (looking each term
 * up in the terms dictionary for its statistics) was a fifth of a search's CPU on the seeds, three times a
 * request (ranking, counting, rescoring), and searches repeat. A generation's index never changes, so a weight
 * stays true for its searcher; Lucene shares one weight between threads (an executor's slices), so threads may
 * share it here too.
 */
final class WeightCache {

    /** Queries (with their score mode) whose weight is kept; any beyond are made again. */
    private static final int KEPT = 3 * 1024;

    private record Key(Query query, ScoreMode mode) {}

    private final IndexSearcher searcher;
    private final Cache<Key, Weight> weights = CacheFactory.createCache(KEPT);

    WeightCache(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** {@code query}, searched on this cache's searcher with its weight made once per score mode. */
    Query reusing(Query query) {
        return new Reused(query);
    }

    /** A query whose rewriting and weight come from the cache when it is searched on the cache's searcher. */
    private final class Reused extends Query {
        private final Query query;

        Reused(Query query) {
            this.query = query;
        }

        @Override
        public Query rewrite(IndexSearcher on) {
            // Rewritten with its weight, once.
            return this;
        }

        @Override
        public Weight createWeight(IndexSearcher on, ScoreMode mode, float boost) throws IOException {
            if (on != searcher || boost != 1f) return on.rewrite(query).createWeight(on, mode, boost);
            return weights.get(new Key(query, mode), k -> made(k.query(), k.mode()));
        }

        private Weight made(Query q, ScoreMode mode) {
            try {
                // The query itself, not IndexSearcher.createWeight: the searcher adds its query cache around the
                // weight this returns, as it would around the query's own.
                return searcher.rewrite(q).createWeight(searcher, mode, 1f);
            } catch (IOException e) {
                throw new UncheckedIOException("Text index weight failed", e);
            }
        }

        @Override
        public void visit(QueryVisitor visitor) {
            query.visit(visitor);
        }

        @Override
        public String toString(String field) {
            return query.toString(field);
        }

        @Override
        public boolean equals(Object other) {
            return sameClassAs(other) && query.equals(((Reused) other).query);
        }

        @Override
        public int hashCode() {
            return Objects.hash(classHash(), query);
        }
    }
}
