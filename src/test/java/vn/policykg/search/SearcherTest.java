package vn.policykg.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.policykg.analysis.SearchFields;
import vn.policykg.store.OpenedGeneration;
import vn.policykg.store.SeedGeneration;
import vn.policykg.store.TextIndexDefinition;
import vn.policykg.store.TextIndexDefinition.Facet;
import vn.policykg.store.TextIndexDefinition.Kind;

/** The search over the five real documents: what staff type, and what they must get back. */
@ExtendWith(SeedGeneration.class)
class SearcherTest {

    private static OpenedGeneration store;
    private static Searcher searcher;

    @BeforeAll
    static void open(OpenedGeneration seeds) {
        store = seeds;
        searcher = new Searcher(store.textIndex());
    }

    private static List<String> top(String q, int n) {
        return searcher.search(new SearchRequest(q, Map.of(), List.of(Kind.CLAUSE), n, 0)).results().stream()
                .map(SearchHit::iri)
                .toList();
    }

    @Test
    void withoutDiacriticsGivesTheSameTopFive() {
        assertThat(top("giam ngheo", 5)).hasSize(5).isEqualTo(top("giảm nghèo", 5));
        assertThat(top("nha o xa hoi", 5)).isEqualTo(top("nhà ở xã hội", 5));
    }

    @Test
    void anAbbreviationFindsClausesThatOnlySpellItOut() {
        SearchResults r = searcher.search(new SearchRequest("BHYT", Map.of(), List.of(Kind.CLAUSE), 50, 0));
        List<SearchHit> spelledOut = r.results().stream()
                .filter(h -> h.text().contains("bảo hiểm y tế") && !h.text().contains("BHYT"))
                .toList();
        assertThat(spelledOut).extracting(SearchHit::clause).contains("II.2.2.(6)", "P2.I.2.2.(6)", "PL1.II.17.•1");
        assertThat(spelledOut.get(0).snippet().html()).contains("<mark>bảo hiểm y tế</mark>");
        // "bảo" of "bảo phủ" is a syllable of the expansion, not a match on its own.
        assertThat(spelledOut.stream()
                        .filter(h -> h.clause().equals("P2.I.2.2.(6)"))
                        .findFirst()
                        .orElseThrow()
                        .snippet()
                        .html())
                .startsWith("Tỷ lệ bảo phủ <mark>bảo hiểm y tế</mark>");
        // And the other way round: the words find the clause that has only the abbreviation.
        assertThat(searcher.search(new SearchRequest("tham gia bảo hiểm y tế", Map.of(), List.of(Kind.CLAUSE), 50, 0))
                        .results())
                .anySatisfy(h -> assertThat(h.text())
                        .contains("trên 96% dân số tham gia BHYT")
                        .doesNotContain("bảo hiểm y tế"));
    }

    @Test
    void iAndYSpellingsAreOne() {
        List<SearchHit> hits = searcher.search(new SearchRequest("bác sĩ", Map.of(), List.of(Kind.CLAUSE), 50, 0))
                .results();
        assertThat(hits).anySatisfy(h -> assertThat(h.text()).contains("Số bác sỹ/vạn dân đạt 15,5"));
        assertThat(hits).anySatisfy(h -> assertThat(h.text()).contains("trên 13 bác sĩ"));
        assertThat(top("bác sỹ", 50)).containsExactlyInAnyOrderElementsOf(top("bác sĩ", 50));
    }

    @Test
    void tonePlacementsAreOne() {
        assertThat(top("giáo dục hoà nhập", 4)).containsExactlyInAnyOrderElementsOf(top("giáo dục hòa nhập", 4));
        assertThat(searcher.search(SearchRequest.of("sống khoẻ")).results())
                .anySatisfy(h -> assertThat(h.text()).contains("số năm sống khỏe đạt tối thiểu 68 năm"));
    }

    @Test
    void theExactPhraseRanksFirst() {
        List<SearchHit> hits = searcher.search(SearchRequest.of("nhà ở xã hội")).results();
        assertThat(hits.get(0).text().toLowerCase()).contains("nhà ở xã hội");
        // Quoted, every hit has the phrase; the exact diacritics outrank a folded match.
        SearchResults quoted =
                searcher.search(new SearchRequest("\"xã hội hóa\"", Map.of(), List.of(Kind.CLAUSE), 100, 0));
        assertThat(quoted.results())
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.text().toLowerCase()).containsAnyOf("xã hội hóa", "xã hội hoá"));
    }

    @Test
    void numbersAsWritten() {
        List<SearchHit> hits = searcher.search(SearchRequest.of("8.300 căn")).results();
        assertThat(hits.subList(0, 3))
                .extracting(SearchHit::text)
                .allSatisfy(t -> assertThat(t).contains("8.300 căn"));
        assertThat(hits.get(0).snippet().html()).contains("<mark>8.300 căn</mark>");
    }

    @Test
    void filtersAndFacets() {
        SearchResults all = searcher.search(new SearchRequest("nhà ở xã hội", Map.of(), List.of(Kind.CLAUSE), 10, 0));
        List<FacetCount> provinces = all.facets().get("province");
        assertThat(provinces).extracting(FacetCount::key).contains("vn-lao-cai", "vn-lai-chau", "vn-yen-bai");
        FacetCount yenBai = provinces.stream()
                .filter(f -> f.key().equals("vn-yen-bai"))
                .findFirst()
                .orElseThrow();
        assertThat(yenBai.label()).isEqualTo("tỉnh Yên Bái");
        assertThat(provinces.stream().mapToInt(FacetCount::count).sum()).isEqualTo((int) all.total());

        SearchResults inYenBai = searcher.search(new SearchRequest(
                "nhà ở xã hội", Map.of(Facet.PROVINCE, List.of("vn-yen-bai")), List.of(Kind.CLAUSE), 100, 0));
        assertThat(inYenBai.total()).isEqualTo(yenBai.count());
        assertThat(inYenBai.results())
                .allSatisfy(h -> assertThat(h.documentFile()).startsWith("003_"));

        // Agencies come from the tasks stated in a clause: Sở Y tế leads 004 §II.7.c.
        SearchResults health = searcher.search(new SearchRequest("y tế", Map.of(), List.of(Kind.CLAUSE), 10, 0));
        FacetCount soYTe = health.facets().get("agency").stream()
                .filter(f -> f.label().equals("Sở Y tế"))
                .findFirst()
                .orElseThrow();
        SearchResults led = searcher.search(
                new SearchRequest("y tế", Map.of(Facet.AGENCY, List.of(soYTe.key())), List.of(Kind.CLAUSE), 100, 0));
        assertThat(led.results()).extracting(SearchHit::clause).contains("II.7.c");
    }

    /** The document's own facets are counted once per document (FacetCounter): each count is what its filter finds. */
    @Test
    void documentFacetsCountEveryHit() {
        SearchResults all = searcher.search(new SearchRequest("xã hội", Map.of(), List.of(Kind.values()), 10, 0));
        for (Facet f : List.of(Facet.DOCUMENT, Facet.TYPE, Facet.PROVINCE, Facet.ISSUER, Facet.YEAR)) {
            List<FacetCount> counts = all.facets().get(f.field());
            assertThat(counts).as(f.field()).isNotEmpty();
            for (FacetCount c : counts)
                assertThat(c.count())
                        .as(f.field() + "=" + c.key())
                        .isEqualTo(searcher.search(new SearchRequest(
                                        "xã hội", Map.of(f, List.of(c.key())), List.of(Kind.values()), 1, 0))
                                .total());
        }
        assertThat(all.facets().get("year")).extracting(FacetCount::key).contains("2025", "2026");
    }

    @Test
    void tasksAndTargetsAreIndexedToo() {
        SearchResults targets =
                searcher.search(new SearchRequest("bác sĩ trên vạn dân", Map.of(), List.of(Kind.TARGET), 10, 0));
        assertThat(targets.results())
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.iri()).contains("/target/"));
        assertThat(targets.facets().get("indicator"))
                .extracting(FacetCount::key)
                .anyMatch(k -> k.endsWith("/indicator/so-bac-si-tren-van-dan"));
        SearchResults tasks = searcher.search(new SearchRequest("nhà ở xã hội", Map.of(), List.of(Kind.TASK), 10, 0));
        assertThat(tasks.results())
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.iri()).endsWith("/task"));
    }

    /**
     * A restriction to some kinds is written as a filter on them or as the exclusion of the others, whichever side
     * is rarer (VietnameseTextIndex.restrictToKinds): each kind alone and each pair must still find exactly its
     * share of every kind's hits, and nothing else.
     */
    @Test
    void eachChoiceOfKindsFindsItsShareOfTheHits() {
        String q = "y tế";
        long every = searcher.search(new SearchRequest(q, Map.of(), List.of(Kind.values()), 10, 0))
                .total();
        Map<Kind, Long> alone = new java.util.EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            SearchResults r = searcher.search(new SearchRequest(q, Map.of(), List.of(k), 100, 0));
            assertThat(r.total()).as(k.key()).isPositive();
            assertThat(r.results())
                    .as(k.key())
                    .allSatisfy(h -> assertThat(h.kind()).isEqualTo(k.key()));
            alone.put(k, r.total());
        }
        assertThat(alone.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(every);
        for (Kind left : Kind.values()) {
            List<Kind> pair = java.util.Arrays.stream(Kind.values())
                    .filter(k -> k != left)
                    .toList();
            SearchResults r = searcher.search(new SearchRequest(q, Map.of(), pair, 100, 0));
            assertThat(r.total()).as("without " + left.key()).isEqualTo(every - alone.get(left));
            assertThat(r.results())
                    .as("without " + left.key())
                    .noneMatch(h -> h.kind().equals(left.key()));
        }
    }

    @Test
    void sharingTheWorkWithAnIdleCoreChangesNoAnswer() {
        IdleCore helper = new IdleCore(1);
        try {
            Searcher shared = new Searcher(store.textIndex(), helper);
            Searcher alone = new Searcher(store.textIndex(), IdleCore.NONE);
            for (String q : BenchmarkPhrases.ALL)
                for (SearchRequest r : List.of(
                        SearchRequest.of(q),
                        new SearchRequest(q, Map.of(), List.of(Kind.CLAUSE), 10, 10),
                        new SearchRequest(q, Map.of(Facet.PROVINCE, List.of("vn-lao-cai")), List.of(), 10, 0))) {
                    SearchResults answer = alone.search(r);
                    assertThat(shared.search(r)).as(q).isEqualTo(answer);
                }
            SearchResults poverty = shared.search(
                    new SearchRequest("giảm nghèo", Map.of(Facet.PROVINCE, List.of("vn-lao-cai")), List.of(), 10, 0));
            assertThat(poverty.results()).isNotEmpty();
            assertThat(poverty.results().get(0).snippet().html()).isEqualTo("<mark>Giảm nghèo</mark> đa chiều");
        } finally {
            helper.close();
        }
    }

    @Test
    void pagesFollowOneAnother() {
        List<String> first = top("an sinh xã hội", 20);
        SearchResults second =
                searcher.search(new SearchRequest("an sinh xã hội", Map.of(), List.of(Kind.CLAUSE), 10, 10));
        assertThat(second.results()).extracting(SearchHit::iri).isEqualTo(first.subList(10, 20));
    }

    @Test
    void theFirstPagesAreTheOrderOfTheWholeQueryOverEveryHit() throws IOException {
        IndexSearcher index = store.textIndex().searcher();
        for (SearchEvaluationTest.Judgement j : SearchEvaluationTest.judgements()) {
            Query clauses = new BooleanQuery.Builder()
                    .add(
                            Searcher.prepare(
                                            SearchRequest.of(j.query()),
                                            new ParsedQueries(store.textIndex().parser()))
                                    .words(),
                            Occur.MUST)
                    .add(new TermQuery(new Term(TextIndexDefinition.KIND_FIELD, Kind.CLAUSE.key())), Occur.FILTER)
                    .build();
            List<String> everyHitScored = new ArrayList<>();
            for (ScoreDoc d :
                    index.search(clauses, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE)).scoreDocs)
                everyHitScored.add(index.storedFields().document(d.doc).get(TextIndexDefinition.ENTITY_FIELD));
            assertThat(top(j.query(), 10)).as(j.query()).isEqualTo(everyHitScored);
        }
        // Past the rescored hits every hit is scored; the page still follows the ones before it.
        List<String> tenToHundredTen =
                searcher
                        .search(new SearchRequest("phát triển", Map.of(), List.of(Kind.CLAUSE), 100, 10))
                        .results()
                        .stream()
                        .map(SearchHit::iri)
                        .toList();
        assertThat(tenToHundredTen).hasSize(100).doesNotContainAnyElementsOf(top("phát triển", 10));
        assertThat(searcher.search(
                                new SearchRequest("phát triển", Map.of(), List.of(Kind.CLAUSE), 10, Searcher.RESCORED))
                        .results())
                .extracting(SearchHit::iri)
                .isEqualTo(tenToHundredTen.subList(Searcher.RESCORED - 10, Searcher.RESCORED));
    }

    @Test
    void oddInputIsALiteralSearchOrAClearRefusal() {
        for (String q : List.of(
                "\"nhà ở",
                "nhà ở\"\"",
                "a:b OR (c AND d*) ~2 ^3 [x TO y] {z} \\ / ! - + && ||",
                "中华人民共和国",
                "Привет мир",
                "ок\u0000\u0007\u001b[31m",
                "giảm\u200bnghèo",
                "\uD83D\uDE00 nghèo",
                "*",
                "?*~"))
            try {
                SearchResults r = searcher.search(SearchRequest.of(q));
                assertThat(r.total()).as(q).isGreaterThanOrEqualTo(0);
            } catch (Searcher.NothingToSearch e) {
                assertThat(e.getMessage()).as(q).contains("không có từ nào");
            }
        assertThat(searcher.search(SearchRequest.of("\"nhà ở")).results()).isNotEmpty();
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("   ")))
                .isInstanceOf(Searcher.NothingToSearch.class)
                .hasMessageContaining("trống");
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("!!! ... ---")))
                .isInstanceOf(Searcher.NothingToSearch.class);
        SearchResults longOne = searcher.search(SearchRequest.of("giảm nghèo ".repeat(200)));
        assertThat(longOne.notes()).anySatisfy(n -> assertThat(n).contains("500"));
        assertThat(longOne.query()).hasSize(500);
        assertThatThrownBy(() -> new SearchRequest("x", Map.of(), List.of(Kind.CLAUSE), 1000, 0))
                .hasMessageContaining("limit");
    }

    @Test
    void snippetsEscapeTheText() {
        assertThat(snippet("Tỷ lệ <b>hộ nghèo</b> & \"cận nghèo\"", Set.of("ngheo"))
                        .html())
                .isEqualTo("Tỷ lệ &lt;b&gt;hộ <mark>nghèo</mark>&lt;/b&gt; &amp; &quot;cận <mark>nghèo</mark>&quot;");
        String longText = "mở đầu ".repeat(100) + "giảm nghèo bền vững" + " kết thúc".repeat(100);
        String snippet = snippet(longText, Set.of("giam", "ngheo")).html();
        assertThat(snippet)
                .startsWith("…")
                .endsWith("…")
                .contains("<mark>giảm nghèo</mark> bền vững")
                .hasSizeLessThan(Snippets.WINDOW + 80);
    }

    @Test
    void snippetsOfHitsInSeveralSegmentsAreEachHitsOwn() throws IOException {
        // Three segments; hits asked in score order, not doc order, some without one of the terms or any.
        List<List<String>> segments = List.of(
                List.of("Giảm nghèo bền vững", "Bảo hiểm y tế cho hộ cận nghèo", "Không có gì"),
                List.of("hộ nghèo và hộ cận nghèo được hỗ trợ", "Chương trình giảm nghèo đa chiều"),
                List.of("Nghèo " + "đa chiều ".repeat(60) + "giảm nghèo", "Y tế cơ sở"));
        Snippets.QueryTerms terms = new Snippets.QueryTerms(Set.of("ngheo", "giam"), Set.of("bao", "hiem", "y", "te"));
        try (Directory dir = new ByteBuffersDirectory()) {
            List<String> texts = new ArrayList<>();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(SearchFields.indexAnalyzer()))) {
                for (List<String> segment : segments) {
                    for (String text : segment) {
                        w.addDocument(folded(text));
                        texts.add(text);
                    }
                    w.commit();
                }
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                assertThat(r.leaves()).hasSize(3);
                int[] hits = {6, 3, 0, 2, 4, 1, 5};
                Map<Integer, List<int[]>> found = Snippets.postingsTokens(r.leaves(), hits, terms);
                assertThat(found.keySet()).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6);
                for (int doc : hits)
                    assertThat(Snippets.snippet(texts.get(doc), found.get(doc)).html())
                            .as(texts.get(doc))
                            .isEqualTo(Snippets.snippet(texts.get(doc), terms).html());
                assertThat(Snippets.snippet(texts.get(1), found.get(1)).html())
                        .isEqualTo("<mark>Bảo hiểm y tế</mark> cho hộ cận <mark>nghèo</mark>");
                assertThat(Snippets.snippet(texts.get(2), found.get(2)).html()).isEqualTo("Không có gì");
                assertThat(Snippets.snippet(texts.get(5), found.get(5)).html()).endsWith("<mark>giảm nghèo</mark>");
                assertThatThrownBy(() -> Snippets.postingsTokens(r.leaves(), new int[] {7}, terms))
                        .hasMessageContaining("No document 7");
            }
        }
    }

    private static Document folded(String text) {
        Document d = new Document();
        d.add(new Field(SearchFields.TEXT_FOLDED, text, TextIndexDefinition.FOLDED_TYPE));
        return d;
    }

    /**
     * The snippet as cut from the text alone: the escaping and the window are the same whichever way the
     * syllables were found, and snippetsOfHitsInSeveralSegmentsAreEachHitsOwn holds the postings to the same.
     */
    private static Snippet snippet(String text, Set<String> alone) {
        return Snippets.snippet(text, new Snippets.QueryTerms(alone, Set.of()));
    }
}
