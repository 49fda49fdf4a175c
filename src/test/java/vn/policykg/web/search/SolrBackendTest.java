package vn.policykg.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.policykg.search.SearchEvaluationTest;
import vn.policykg.search.SearchHit;
import vn.policykg.search.SearchResults;
import vn.policykg.search.Searcher;
import vn.policykg.search.SolrCloud;
import vn.policykg.search.SolrCollections;
import vn.policykg.search.SolrNodes;
import vn.policykg.store.LiveStore;
import vn.policykg.web.ServiceTest;

/**
 * The service with {@code policykg.solr.urls} naming a real SolrCloud (2 nodes): at start it writes the served
 * generation's passages to their own collection and points the alias at it; /api/search then answers from
 * SolrCloud exactly what the embedded index answers (total, top ten with scores, snippets, facet counts), and keeps
 * answering from SolrCloud with one node stopped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrBackendTest extends ServiceTest {

    private static final Path STORE = temporaryStore("policykg-solr-store-");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static SolrCloud solr;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws Exception {
        solr = SolrCloud.start(2);
        registry.add("policykg.store-dir", STORE::toString);
        registry.add("policykg.solr.urls", () -> solr.node(0) + "," + solr.node(1));
    }

    @AfterAll
    static void stop() throws Exception {
        if (solr != null) solr.close();
    }

    @Autowired
    LiveStore store;

    @Autowired
    SolrProperties props;

    private SolrCollections collections() {
        return new SolrCollections(
                new SolrNodes(props.nodes()), props.alias(), props.config(), props.shards(), props.replicas());
    }

    @Test
    @Order(1)
    void theServedGenerationIsInItsOwnCollectionNamedByTheAlias() {
        String generation = store.current().generation().id();
        assertThat(collections().complete(generation)).isTrue();
        assertThat(collections().collectionOf(generation)).isEqualTo("passages_" + generation);
    }

    @Test
    @Order(2)
    void apiSearchAnswersFromSolrCloudWhatTheEmbeddedIndexAnswers() throws IOException {
        List<MultiValueMap<String, String>> requests = new ArrayList<>();
        for (SearchEvaluationTest.Judgement j : SearchEvaluationTest.judgements()) requests.add(params("q", j.query()));
        requests.add(params("q", "y tế", "kind", "task", "limit", "5", "offset", "5"));
        requests.add(params("q", "giảm nghèo", "province", "vn-lao-cai"));
        for (MultiValueMap<String, String> p : requests) {
            HttpResponse<String> r = get("/api/search?" + query(p), "application/json");
            assertThat(r.statusCode()).as(p.toString()).isEqualTo(200);
            assertThat(r.headers().firstValue(SearchApiController.ENGINE_HEADER))
                    .contains(Searches.SOLRCLOUD);
            JsonNode theirs = JSON.readTree(r.body());
            SearchResults ours = new Searcher(store.current().textIndex()).search(SearchParameters.parse(p));
            String what = p.toString();
            assertThat(theirs.get("total").asLong()).as(what).isEqualTo(ours.total());
            assertThat(facets(theirs)).as("facets of %s", what).isEqualTo(facets(JSON.valueToTree(ours)));
            List<String> theirScores = new ArrayList<>();
            Map<String, String> theirSnippets = new TreeMap<>();
            theirs.get("results").forEach(h -> {
                theirScores.add(score(h.get("score").floatValue()));
                theirSnippets.put(h.get("iri").asString(), h.get("snippet").asString());
            });
            assertThat(theirScores)
                    .as("scores of %s", what)
                    .isEqualTo(
                            ours.results().stream().map(h -> score(h.score())).toList());
            // Ties aside (equal scores may come in another order), the same hits with the same snippets.
            for (SearchHit h : ours.results())
                if (theirSnippets.containsKey(h.iri()))
                    assertThat(theirSnippets.get(h.iri()))
                            .as("snippet of %s", h.iri())
                            .isEqualTo(h.snippet().html());
        }
    }

    @Test
    @Order(3)
    void withOneNodeStoppedSearchStillAnswersFromSolrCloud() throws IOException {
        solr.stop(0);
        HttpResponse<String> r =
                get("/api/search?q=" + URLEncoder.encode("nhà ở xã hội", StandardCharsets.UTF_8), "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue(SearchApiController.ENGINE_HEADER)).contains(Searches.SOLRCLOUD);
        SearchResults ours =
                new Searcher(store.current().textIndex()).search(SearchParameters.parse(params("q", "nhà ở xã hội")));
        assertThat(JSON.readTree(r.body()).get("total").asLong())
                .isEqualTo(ours.total())
                .isPositive();
    }

    private static String score(float s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    private static Map<String, String> facets(JsonNode answer) {
        Map<String, String> out = new TreeMap<>();
        answer.get("facets")
                .properties()
                .forEach(e -> out.put(e.getKey(), e.getValue().toString()));
        return out;
    }

    private static MultiValueMap<String, String> params(String... pairs) {
        MultiValueMap<String, String> p = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) p.add(pairs[i], pairs[i + 1]);
        return p;
    }

    private static String query(MultiValueMap<String, String> p) {
        List<String> parts = new ArrayList<>();
        p.forEach((k, vs) -> vs.forEach(v -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return String.join("&", parts);
    }
}
