package vn.policykg.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The query parser against a handful of sentences from the corpus, indexed as the store indexes them. */
class VietnameseQueryParserTest {

    private static final List<String> TEXTS = List.of(
            "Tỷ lệ bao phủ bảo hiểm y tế đạt 100%", // 0: expansion only
            "trên 96% dân số tham gia BHYT", // 1: abbreviation only
            "Giảm nghèo đa chiều và bảo đảm an sinh xã hội", // 2: exact phrase
            "giám sát việc giảm thiểu tình trạng tái nghèo", // 3: scattered, other diacritics
            "Xây dựng được 8.300 căn nhà ở xã hội cho người thu nhập thấp", // 4: number
            "Tăng cường giáo dục hoà nhập cộng đồng"); // 5: old tone placement

    private static ByteBuffersDirectory dir;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;
    private final VietnameseQueryParser parser = new VietnameseQueryParser();

    @BeforeAll
    static void index() throws IOException {
        dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(SearchFields.indexAnalyzer()))) {
            for (int i = 0; i < TEXTS.size(); i++) {
                Document d = new Document();
                d.add(new StoredField("n", i));
                for (String f : List.of(
                        SearchFields.TEXT,
                        SearchFields.TEXT_FOLDED,
                        SearchFields.TEXT_BIGRAMS,
                        SearchFields.TEXT_FOLDED_BIGRAMS)) d.add(new TextField(f, TEXTS.get(i), Field.Store.NO));
                w.addDocument(d);
            }
        }
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        dir.close();
    }

    private List<Integer> hits(String q) throws IOException {
        List<Integer> out = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(parser.parse(q).orElseThrow(), 10).scoreDocs)
            out.add(searcher.storedFields()
                    .document(sd.doc)
                    .getField("n")
                    .numericValue()
                    .intValue());
        return out;
    }

    @Test
    void anAbbreviationAndItsExpansionFindEachOther() throws IOException {
        assertThat(hits("BHYT")).containsExactlyInAnyOrder(0, 1);
        assertThat(hits("bảo hiểm y tế")).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void exactDiacriticsAndNeighboursRankFirst() throws IOException {
        assertThat(hits("giảm nghèo").get(0)).isEqualTo(2);
        assertThat(hits("giam ngheo")).first().isEqualTo(2);
        assertThat(hits("giam ngheo")).contains(3);
    }

    @Test
    void theExactSyllablesAreLeftToTheBestHitsOnlyWhenBigramsRankTheRest() {
        VietnameseQueryParser.Ranked pair = parser.parseRanked("xã hội").orElseThrow();
        assertThat(pair.terms().toString())
                .contains("text_folded:xa", "text_bigrams:xã hội")
                .doesNotContain("text:xã");
        assertThat(pair.later().toString()).contains("text:xã", "text:hội", "text:\"xã hội\"", "text_folded:xa");
        // Among the terms the folded syllables only decide the hits; their scores are among the later ones.
        assertThat(clauses(pair.terms()))
                .filteredOn(c -> c.getQuery().toString().contains("text_folded:xa"))
                .singleElement()
                .satisfies(c -> assertThat(c.getOccur()).isEqualTo(BooleanClause.Occur.FILTER));
        // The whole query is the two parts' clauses, as one query.
        assertThat(clauses(pair.whole()))
                .containsExactlyInAnyOrderElementsOf(concat(clauses(pair.terms()), clauses(pair.later())));

        // One syllable has no bigram: its exact form ranks with the terms ("sở" before "số").
        VietnameseQueryParser.Ranked one = parser.parseRanked("sở").orElseThrow();
        assertThat(clauses(one.terms())).hasSize(2);
        assertThat(one.terms().toString()).contains("text_folded:so", "text:sở");
    }

    @Test
    void theWholeQueryStillRequiresAndScoresTheSyllablesInOneClause() throws IOException {
        // A filter among the terms and an optional clause among the later ones: Lucene makes them one required
        // clause again, so deep pages and SolrCloud, which search with the whole query, read the syllables once.
        Query whole = searcher.rewrite(
                parser.parseRanked("nhà ở xã hội").orElseThrow().whole());
        assertThat(clauses(whole))
                .filteredOn(c -> c.getQuery().toString().contains("text_folded:nha"))
                .singleElement()
                .satisfies(c -> assertThat(c.getOccur()).isEqualTo(BooleanClause.Occur.MUST));
    }

    @Test
    void eachBigramIsAClauseOfItsOwnBesideTheSyllables() {
        Query terms = parser.parseRanked("nhà ở xã hội").orElseThrow().terms();
        // The syllables as one clause that only filters, then three bigrams exact and three folded, each on its own.
        assertThat(clauses(terms)).hasSize(7);
        assertThat(clauses(terms).get(0).getOccur()).isEqualTo(BooleanClause.Occur.FILTER);
        assertThat(clauses(terms).subList(1, 7))
                .allSatisfy(
                        c -> assertThat(((BoostQuery) c.getQuery()).getQuery()).isInstanceOf(TermQuery.class))
                .extracting(c -> c.getQuery().toString())
                .containsExactly(
                        "(text_bigrams:nhà ở)^2.0",
                        "(text_bigrams:ở xã)^2.0",
                        "(text_bigrams:xã hội)^2.0",
                        "(text_folded_bigrams:nha o)^1.0",
                        "(text_folded_bigrams:o xa)^1.0",
                        "(text_folded_bigrams:xa hoi)^1.0");
    }

    @Test
    void termScoresScoreEveryHitOfTheTermsAsTheyDoAndMatchMore() throws IOException {
        for (String q : List.of("nhà ở xã hội", "giảm nghèo", "BHYT", "\"an sinh\" xã hội", "sở")) {
            VietnameseQueryParser.Ranked ranked = parser.parseRanked(q).orElseThrow();
            assertThat(ranked.termScores()).isInstanceOf(BooleanQuery.class);
            assertThat(clauses(ranked.termScores())).as(q).allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD);
            Map<Integer, Float> terms = scores(ranked.terms());
            Map<Integer, Float> any = scores(ranked.termScores());
            assertThat(terms).as(q).isNotEmpty();
            // A hit with none of the bigrams, its syllables only filtering, scores 0 and is not among them.
            terms.forEach((doc, score) ->
                    assertThat(any.getOrDefault(doc, 0f)).as(q + " #" + doc).isCloseTo(score, within(1e-5f)));
        }
        // Three syllables of four are needed: "xã hội" alone is not a hit of the terms, but their disjunction has it.
        VietnameseQueryParser.Ranked housing =
                parser.parseRanked("nhà ở xã hội").orElseThrow();
        assertThat(scores(housing.terms())).containsOnlyKeys(4);
        assertThat(scores(housing.termScores())).containsKeys(2, 4);
        // The six bigrams: the syllables score later.
        assertThat(clauses(housing.termScores()))
                .hasSize(6)
                .extracting(c -> c.getQuery().toString())
                .noneMatch(c -> c.contains("text_folded:"));
        // One syllable, or an expansion, has no bigram to be ranked by: each syllable a clause of its own.
        assertThat(clauses(parser.parseRanked("sở").orElseThrow().termScores()))
                .extracting(c -> c.getQuery().toString())
                .contains("(text_folded:so)^1.0");
        assertThat(parser.parseRanked("bảo hiểm y tế")
                        .orElseThrow()
                        .termScores()
                        .toString())
                .contains("text_folded:bhyt");
    }

    /** Every document's score by {@code q}, by its number in {@link #TEXTS}. */
    private static Map<Integer, Float> scores(Query q) throws IOException {
        Map<Integer, Float> out = new HashMap<>();
        for (ScoreDoc sd : searcher.search(q, TEXTS.size()).scoreDocs)
            out.put(
                    searcher.storedFields()
                            .document(sd.doc)
                            .getField("n")
                            .numericValue()
                            .intValue(),
                    sd.score);
        return out;
    }

    private static List<BooleanClause> clauses(Query q) {
        return ((BooleanQuery) q).clauses();
    }

    private static List<BooleanClause> concat(List<BooleanClause> a, List<BooleanClause> b) {
        List<BooleanClause> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void aQuotedPhraseMustOccur() throws IOException {
        assertThat(hits("\"giam ngheo\"")).containsExactly(2);
        assertThat(hits("\"nhà ở xã hội\" 8.300")).containsExactly(4);
    }

    @Test
    void mostSyllablesMustMatch() throws IOException {
        // Four syllables, one of them absent: still found; two of four absent: not.
        assertThat(hits("giáo dục hòa nhập khuyết")).containsExactly(5);
        assertThat(hits("giáo dục khuyết tật")).isEmpty();
    }

    @Test
    void punctuationOnlyIsNothingToSearchAndOddInputIsLiteral() {
        assertThat(parser.parse("!!! ... ---")).isEmpty();
        assertThat(parser.parse("\"\"")).isEmpty();
        assertThat(parser.parse("\"nhà ở")).isPresent();
        assertThat(parser.parse("a:b AND (c* OR d~2)^3")).isPresent();
        assertThat(VietnameseQueryParser.clean("a\u0000b\u200bc")).isEqualTo("a b c");
        assertThat(VietnameseQueryParser.clean("x".repeat(900))).hasSize(VietnameseQueryParser.MAX_CHARS);
    }

    @Test
    void quotesSplitPhrasesFromWords() {
        VietnameseQueryParser.Parts p = VietnameseQueryParser.Parts.of("nhà \"xã hội\" ở “an sinh” \"lẻ");
        assertThat(p.phrases()).containsExactly("xã hội", "an sinh");
        assertThat(p.words().replaceAll("\\s+", " ")).isEqualTo("nhà ở lẻ");
    }
}
