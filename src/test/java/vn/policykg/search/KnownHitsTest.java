package vn.policykg.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.policykg.analysis.VietnameseQueryParser;
import vn.policykg.store.OpenedGeneration;
import vn.policykg.store.SeedGeneration;

/** Ranking within the hits a first walk marked, over the five real documents' passages. */
@ExtendWith(SeedGeneration.class)
class KnownHitsTest {

    private static IndexSearcher searcher;
    private static ParsedQueries parser;

    @BeforeAll
    static void open(OpenedGeneration seeds) {
        searcher = seeds.textIndex().searcher();
        parser = new ParsedQueries(seeds.textIndex().parser());
    }

    private static VietnameseQueryParser.Ranked parsed(String text) {
        return Searcher.prepare(SearchRequest.of(text), parser).query();
    }

    private static FixedBitSet marked(IndexSearcher on, VietnameseQueryParser.Ranked q) throws IOException {
        return KnownHits.of(on, q.terms());
    }

    private static ScoreDoc[] best(IndexSearcher on, Query q, int n) throws IOException {
        return on.search(q, new TopScoreDocCollectorManager(n, null, n)).scoreDocs;
    }

    @Test
    void theHitsAreWhatLuceneFindsWhetherTheQueryCacheHoldsThemOrNot() throws IOException {
        IndexReader seeds = searcher.getIndexReader();
        IndexSearcher uncached = new IndexSearcher(seeds);
        uncached.setQueryCache(null);
        // Every query cached at its first search; Lucene keeps the matches of one as common as "phát triển" as a bit
        // set, which is copied whole.
        IndexSearcher cached = new IndexSearcher(seeds);
        cached.setQueryCache(new LRUQueryCache(100, 1 << 20, leaf -> true, Float.POSITIVE_INFINITY));
        cached.setQueryCachingPolicy(new QueryCachingPolicy() {
            @Override
            public void onUse(Query query) {}

            @Override
            public boolean shouldCache(Query query) {
                return true;
            }
        });
        for (String text : List.of("phát triển", "giảm nghèo", "bảo hiểm y tế")) {
            Query terms = parsed(text).terms();
            int[] lucene = Arrays.stream(uncached.search(terms, seeds.maxDoc()).scoreDocs)
                    .mapToInt(d -> d.doc)
                    .sorted()
                    .toArray();
            assertThat(lucene).as(text).isNotEmpty();
            for (IndexSearcher on : List.of(uncached, cached, cached))
                assertThat(set(KnownHits.of(on, terms))).as(text).isEqualTo(lucene);
        }
    }

    private static int[] set(FixedBitSet bits) {
        return IntStream.range(0, bits.length()).filter(bits::get).toArray();
    }

    @Test
    void theBestAmongTheMarkedAreTheTermsOwnBest() throws IOException {
        for (String text : List.of("nhà ở xã hội", "lao động việc làm", "giảm nghèo", "BHYT", "y tế cơ sở")) {
            VietnameseQueryParser.Ranked q = parsed(text);
            FixedBitSet hits = marked(searcher, q);
            assertThat(hits.cardinality()).as(text).isEqualTo(searcher.count(q.terms()));
            ScoreDoc[] own = searcher.search(q.terms(), new TopScoreDocCollectorManager(300, null, 300)).scoreDocs;
            // A hit with none of the query's bigrams scores 0 by the terms and is not matched by their scores.
            ScoreDoc[] among =
                    KnownHits.thenAtZero(best(searcher, KnownHits.within(q.termScores(), hits), 300), hits, 300);
            assertThat(among).as(text).hasSameSizeAs(own);
            for (int i = 0; i < own.length; i++) {
                assertThat(among[i].doc).as(text + " #" + i).isEqualTo(own[i].doc);
                assertThat(among[i].score).as(text + " #" + i).isCloseTo(own[i].score, within(1e-4f));
            }
        }
    }

    @Test
    void documentsNotMarkedAreNeverKeptThoughTheyScore() throws IOException {
        // Three syllables of four make a hit: passages with "xã hội" alone score by the disjunction, not by the terms.
        VietnameseQueryParser.Ranked q = parsed("nhà ở xã hội");
        FixedBitSet hits = marked(searcher, q);
        TopDocs unmarked =
                searcher.search(q.termScores(), searcher.getIndexReader().maxDoc());
        assertThat(unmarked.scoreDocs).anyMatch(d -> !hits.get(d.doc));
        int all = searcher.getIndexReader().maxDoc();
        ScoreDoc[] among = best(searcher, KnownHits.within(q.termScores(), hits), all);
        assertThat(among).isNotEmpty().allMatch(d -> hits.get(d.doc));
        // The hits its scores do not match (the syllables apart, no bigram of the query) come after, at 0.
        assertThat(among).hasSizeLessThan(hits.cardinality());
        ScoreDoc[] every = KnownHits.thenAtZero(among, hits, all);
        assertThat(every).hasSize(hits.cardinality()).allMatch(d -> hits.get(d.doc));
        assertThat(Arrays.copyOfRange(every, among.length, every.length))
                .allMatch(d -> d.score == 0f)
                .isSortedAccordingTo((a, b) -> Integer.compare(a.doc, b.doc));
        assertThat(KnownHits.thenAtZero(among, hits, among.length + 2)).hasSize(among.length + 2);
    }

    @Test
    void aScorerOfItsOwnSeesTheMarkedOnlyWithTheSameScores() throws IOException {
        // Beside a required clause (here one that matches more than the hits) Lucene asks for a scorer, not for the
        // scoring of a whole segment at once.
        VietnameseQueryParser.Ranked q = parsed("nhà ở xã hội");
        FixedBitSet hits = marked(searcher, q);
        int all = searcher.getIndexReader().maxDoc();
        ScoreDoc[] alone = best(searcher, KnownHits.within(q.termScores(), hits), all);
        Query beside = new BooleanQuery.Builder()
                .add(KnownHits.within(q.termScores(), hits), Occur.MUST)
                .add(q.termScores(), Occur.FILTER)
                .build();
        ScoreDoc[] asScorer = best(searcher, beside, all);
        assertThat(asScorer).hasSameSizeAs(alone).allMatch(d -> hits.get(d.doc));
        for (int i = 0; i < alone.length; i++) {
            assertThat(asScorer[i].doc).as("#" + i).isEqualTo(alone[i].doc);
            assertThat(asScorer[i].score).as("#" + i).isEqualTo(alone[i].score);
        }
        int scoredNotMarked = Arrays.stream(searcher.search(q.termScores(), all).scoreDocs)
                .mapToInt(d -> d.doc)
                .filter(d -> !hits.get(d))
                .findFirst()
                .orElseThrow();
        assertThat(searcher.explain(q.termScores(), scoredNotMarked).isMatch()).isTrue();
        assertThat(searcher.explain(KnownHits.within(q.termScores(), hits), scoredNotMarked)
                        .isMatch())
                .isFalse();
    }

    @Test
    void idsAreAcrossTheWholeIndexWhenItHasSeveralSegments() throws IOException {
        IndexReader seeds = searcher.getIndexReader();
        VietnameseQueryParser.Ranked q = parsed("giảm nghèo");
        FixedBitSet once = marked(searcher, q);
        // The same passages twice, as two segments: the second copy's ids start after the first's.
        try (MultiReader twice = new MultiReader(new IndexReader[] {seeds, seeds}, false)) {
            IndexSearcher overBoth = new IndexSearcher(twice);
            FixedBitSet both = marked(overBoth, q);
            assertThat(both.cardinality()).isEqualTo(2 * once.cardinality());
            for (int doc = 0; doc < seeds.maxDoc(); doc++)
                assertThat(both.get(doc + seeds.maxDoc())).isEqualTo(once.get(doc));
            ScoreDoc[] best = best(overBoth, KnownHits.within(q.termScores(), both), 20);
            assertThat(best).hasSize(20).allMatch(d -> both.get(d.doc));
            // Each passage is there twice with the same score, the first copy first.
            assertThat(best[1].doc).isEqualTo(best[0].doc + seeds.maxDoc());
            assertThat(best[1].score).isEqualTo(best[0].score);
        }
    }
}
