package vn.policykg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.policykg.store.OpenedGeneration;
import vn.policykg.store.SeedGeneration;

/** Weights made once per searcher: the same hits and scores as the query's own, each score mode its own weight. */
@ExtendWith(SeedGeneration.class)
class WeightCacheTest {

    private static IndexSearcher searcher;
    private static Query words;

    @BeforeAll
    static void open(OpenedGeneration seeds) {
        searcher = seeds.textIndex().searcher();
        words = seeds.textIndex()
                .parser()
                .parseRanked("bảo hiểm y tế")
                .orElseThrow()
                .whole();
    }

    @Test
    void aReusedQueryFindsWhatTheQueryFinds() throws IOException {
        WeightCache cache = new WeightCache(searcher);
        TopDocs own = searcher.search(words, 50);
        assertThat(own.scoreDocs).hasSizeGreaterThan(10);
        for (int time = 0; time < 2; time++) {
            TopDocs reused = searcher.search(cache.reusing(words), 50);
            assertThat(reused.totalHits).isEqualTo(own.totalHits);
            assertThat(hitsAndScores(reused)).isEqualTo(hitsAndScores(own));
        }
        assertThat(searcher.count(cache.reusing(words))).isEqualTo(searcher.count(words));
        // Boosted, or on another searcher, the weight is made as usual.
        TopDocs boosted = searcher.search(new BoostQuery(cache.reusing(words), 2f), 50);
        assertThat(boosted.scoreDocs[0].score).isEqualTo(2 * own.scoreDocs[0].score);
        IndexSearcher other = new IndexSearcher(searcher.getIndexReader());
        assertThat(hitsAndScores(other.search(cache.reusing(words), 50))).isEqualTo(hitsAndScores(own));
    }

    @Test
    void eachScoreModeHasItsWeightMadeOnce() throws IOException {
        WeightCache cache = new WeightCache(searcher);
        Query reused = cache.reusing(words);
        assertThat(searcher.createWeight(reused, ScoreMode.COMPLETE, 1f))
                .isSameAs(searcher.createWeight(cache.reusing(words), ScoreMode.COMPLETE, 1f))
                .isNotSameAs(searcher.createWeight(reused, ScoreMode.TOP_SCORES, 1f));
        assertThat(searcher.createWeight(reused, ScoreMode.TOP_SCORES, 1f))
                .isSameAs(searcher.createWeight(reused, ScoreMode.TOP_SCORES, 1f));
        assertThat(new WeightCache(searcher).reusing(words).createWeight(searcher, ScoreMode.COMPLETE, 1f))
                .as("another cache makes its own")
                .isNotSameAs(searcher.createWeight(reused, ScoreMode.COMPLETE, 1f));
    }

    private static String hitsAndScores(TopDocs docs) {
        return Arrays.toString(
                Arrays.stream(docs.scoreDocs).map(d -> d.doc + ":" + d.score).toArray());
    }
}
