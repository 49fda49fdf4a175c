package vn.policykg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.policykg.analysis.VietnameseQueryParser;
import vn.policykg.store.OpenedGeneration;
import vn.policykg.store.SeedGeneration;

/**
 * Work shared between two threads over the five real documents' passages gives what one thread doing it all gives:
 * the ranking over ranges of passages ({@link SharedTopScores}) and the later scores added in two halves ({@link
 * LaterScores}), the same documents with the same scores in the same order.
 */
@ExtendWith(SeedGeneration.class)
class SharedWorkTest {

    private static IndexSearcher searcher;
    private static ParsedQueries parser;
    private static IdleCore helper;

    @BeforeAll
    static void open(OpenedGeneration seeds) {
        searcher = seeds.textIndex().searcher();
        parser = new ParsedQueries(seeds.textIndex().parser());
        helper = new IdleCore(1);
    }

    @AfterAll
    static void close() {
        helper.close();
    }

    /** The ranking as the search runs it: the term scores, among the hits the words find. */
    private static Query ranking(String text) throws IOException {
        VietnameseQueryParser.Ranked q =
                Searcher.prepare(SearchRequest.of(text), parser).query();
        return KnownHits.within(q.termScores(), KnownHits.of(searcher, q.terms()));
    }

    private static ScoreDoc[] copies(ScoreDoc[] docs) {
        return Arrays.stream(docs).map(d -> new ScoreDoc(d.doc, d.score)).toArray(ScoreDoc[]::new);
    }

    private static List<String> listed(ScoreDoc[] docs) {
        return Arrays.stream(docs).map(d -> d.doc + " " + d.score).toList();
    }

    @Test
    void everyCutIntoRangesRanksAsOneThreadDoes() throws IOException {
        for (String text : List.of("phát triển", "giảm nghèo", "bảo hiểm y tế", "an sinh xã hội", "Sở Y tế")) {
            Query q = ranking(text);
            for (int k : new int[] {1, 10, 300}) {
                List<String> alone = listed(searcher.search(q, new TopScoreDocCollectorManager(k, null, k)).scoreDocs);
                assertThat(alone).as(text).isNotEmpty();
                // Ranges of 64 passages cut the seeds' 842 into 14, taken by both threads in turn.
                for (int range : new int[] {64, 100, SharedTopScores.RANGE})
                    for (IdleCore core : List.of(helper, IdleCore.NONE))
                        assertThat(listed(SharedTopScores.best(searcher, q, k, core, range)))
                                .as(text + ", best " + k + ", ranges of " + range)
                                .isEqualTo(alone);
            }
        }
    }

    @Test
    void equalScoresKeepTheLowerIdFirstWhicheverThreadFoundThem() throws IOException {
        // "phát triển" scores many passages the same (the same words, the same length); the cut falls among them.
        Query q = ranking("phát triển");
        ScoreDoc[] alone = searcher.search(q, new TopScoreDocCollectorManager(300, null, 300)).scoreDocs;
        long tied = Arrays.stream(alone).mapToDouble(d -> d.score).distinct().count();
        assertThat(tied).isLessThan(alone.length);
        for (int range = 16; range <= 128; range *= 2)
            assertThat(listed(SharedTopScores.best(searcher, q, 300, helper, range)))
                    .as("ranges of " + range)
                    .isEqualTo(listed(alone));
    }

    @Test
    void theSumsAndTheirOrderAreTheRescorers() throws IOException {
        for (String text : List.of("nhà ở xã hội", "bảo hiểm y tế", "giảm nghèo đa chiều", "chuyển đổi số")) {
            VietnameseQueryParser.Ranked q =
                    Searcher.prepare(SearchRequest.of(text), parser).query();
            assertThat(q.later()).as(text).isNotNull();
            TopDocs first = searcher.search(q.termScores(), new TopScoreDocCollectorManager(300, null, 300));
            for (int n : new int[] {10, 100, 300}) {
                ScoreDoc[] lucene = new QueryRescorer(q.later()) {
                    @Override
                    protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                        return secondPassMatches ? firstPassScore + secondPassScore : firstPassScore;
                    }
                }.rescore(searcher, new TopDocs(first.totalHits, copies(first.scoreDocs)), n).scoreDocs;
                assertThat(listed(lucene)).as(text).hasSize(Math.min(n, first.scoreDocs.length));
                // The first scores alone order them otherwise: the later ones change the ranking.
                assertThat(listed(Arrays.copyOf(first.scoreDocs, lucene.length)))
                        .as(text)
                        .isNotEqualTo(listed(lucene));
                for (IdleCore core : List.of(helper, IdleCore.NONE))
                    assertThat(listed(LaterScores.added(searcher, q.later(), copies(first.scoreDocs), n, core)))
                            .as(text + ", best " + n)
                            .isEqualTo(listed(lucene));
            }
        }
    }
}
