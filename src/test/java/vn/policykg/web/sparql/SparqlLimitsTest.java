package vn.policykg.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.policykg.web.ServiceTest.chunked;
import static vn.policykg.web.ServiceTest.send;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.policykg.store.LiveStore;
import vn.policykg.store.OpenedGeneration;
import vn.policykg.vocab.Vocab;
import vn.policykg.web.WebTest;

/**
 * The SPARQL limits with small settings (2 s timeout, 1,000-row cap, 3 s of query time per client) and
 * the reload endpoint switched on, on a store of its own. Each test speaks from its own loopback
 * address (127.0.0.x), so each is a separate client to the per-client budget.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "policykg.sparql.timeout=2s",
            "policykg.sparql.max-result-rows=1000",
            "policykg.sparql.max-query-length=2000",
            "policykg.sparql.max-request-size=8KB",
            "policykg.sparql.client-budget=3s",
            "policykg.sparql.client-budget-refill=100ms",
            "policykg.reload.token=" + SparqlLimitsTest.TOKEN
        })
class SparqlLimitsTest {

    static final String TOKEN = "test-reload-token";
    private static final Path STORE = WebTest.temporaryStore("policykg-limits-store-");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("policykg.store-dir", STORE::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    LiveStore store;

    /** Every cross-joined pair counted: far more work than any timeout allows. */
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }";
    /** Rows come at once and keep coming slowly (each row scans the whole graph): Fuseki alone would stream a 200 and cut it. */
    private static final String SLOW_ROWS =
            "SELECT ?s WHERE { ?s ?p ?o FILTER NOT EXISTS { ?a ?b ?c FILTER(STRLEN(STR(?c)) < 0) } }";

    private static final String CLAUSE =
            "http://localhost:8080/eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030/sec_III__para_1.5";
    private static final String CLAUSE_TEXT =
            "PREFIX vnp: <https://w3id.org/vnpolicy/def#> SELECT ?text WHERE { <" + CLAUSE + "> vnp:text ?text }";

    /** An HTTP client whose connections come from {@code 127.0.0.<host>}. */
    private static HttpClient client(int host) {
        try {
            return HttpClient.newBuilder()
                    .localAddress(InetAddress.getByName("127.0.0." + host))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest query(String sparql, String accept) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?query="
                        + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", accept)
                .GET()
                .build();
    }

    private static void assertClauseText(HttpResponse<String> r) {
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Hoàn thành xong trước ngày 30/8/2026.");
    }

    @Test
    void aClientOverItsQueryTimeBudgetGets429WithRetryAfterWhileAnotherIsServed() {
        HttpClient crawler = client(2);
        HttpResponse<String> last = null;
        for (int i = 0; i < 6 && (last == null || last.statusCode() != 429); i++)
            last = send(crawler, query(RUNAWAY, "application/json"));
        assertThat(last.statusCode()).isEqualTo(429);
        long retryAfter =
                Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isPositive();
        assertThat(last.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(last.body())
                .contains("\"error\"")
                .contains("quỹ thời gian truy vấn")
                .contains("retry after " + retryAfter + " s");

        assertClauseText(send(client(3), query(CLAUSE_TEXT, "text/csv")));
        assertThat(send(crawler, query(CLAUSE_TEXT, "text/csv")).statusCode())
                .as("still over budget")
                .isEqualTo(429);
    }

    @Test
    void aRunawayQueryIsStoppedAtTheTimeoutWhileASimpleQueryOnAnotherConnectionIsAnswered() {
        CompletableFuture<HttpResponse<String>> runaway = client(4)
                .sendAsync(
                        query(RUNAWAY, "application/sparql-results+json"),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> simple = send(client(5), query(CLAUSE_TEXT, "application/sparql-results+json"));
        assertThat(runaway)
                .as("the runaway query is still running when the simple one is answered")
                .isNotDone();
        assertClauseText(simple);

        HttpResponse<String> stopped = runaway.join();
        assertThat(stopped.statusCode()).isEqualTo(503);
        assertThat(stopped.body())
                .contains("\"error\"")
                .contains("2 s time limit")
                .doesNotContain("\"results\"");
    }

    @Test
    void aTimeoutAfterTheFirstRowsIsAnErrorNotATruncated200() {
        HttpClient c = client(6);
        HttpResponse<String> firstRows = send(c, query(SLOW_ROWS + " LIMIT 3", "text/csv"));
        assertThat(firstRows.statusCode()).isEqualTo(200);
        assertThat(firstRows.body().lines().count()).isEqualTo(4);

        HttpResponse<String> all = send(c, query(SLOW_ROWS, "text/csv"));
        assertThat(all.statusCode()).isEqualTo(503);
        assertThat(all.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(all.body()).startsWith("{").contains("2 s time limit").doesNotContain("http://localhost:8080/eli/");
    }

    @Test
    void resultsOverTheCapAreRefusedNotCut() {
        HttpClient c = client(7);
        HttpResponse<String> tooMany = send(c, query("SELECT * WHERE { ?s ?p ?o }", "text/csv"));
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(tooMany.body()).contains("more than 1000 items").contains("LIMIT");
        assertThat(send(c, query("CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle")).statusCode())
                .isEqualTo(422);

        HttpResponse<String> limited =
                send(c, query("SELECT * WHERE { ?s ?p ?o } LIMIT 1000", "application/sparql-results+json"));
        assertThat(limited.statusCode()).isEqualTo(200);
        var rows = ResultSetFactory.fromJSON(
                new ByteArrayInputStream(limited.body().getBytes(StandardCharsets.UTF_8)));
        int n = 0;
        for (; rows.hasNext(); rows.next()) n++;
        assertThat(n).isEqualTo(1000);
    }

    @Test
    void serviceCallsAreRefusedEvenInsideASubquery() {
        HttpClient c = client(8);
        for (String q : List.of(
                "SELECT * WHERE { SERVICE <http://127.0.0.1:" + port + "/sparql> { ?s ?p ?o } }",
                "SELECT * WHERE { { SELECT ?s WHERE { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } } } }",
                "ASK { FILTER EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }")) {
            HttpResponse<String> r = send(c, query(q, "application/json"));
            assertThat(r.statusCode()).as(q).isBetween(400, 499);
            assertThat(r.body())
                    .as(q)
                    .containsAnyOf("SERVICE, federated query, is turned off", "SERVICE execution disabled");
        }
    }

    @Test
    void overlongQueriesAndBodiesAreRefusedWith413() {
        HttpClient c = client(9);
        String longQuery = "SELECT * WHERE { ?s ?p \"" + "x".repeat(2100) + "\" }";
        HttpResponse<String> r = send(
                c,
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
                        .header("Content-Type", "application/sparql-query")
                        .POST(HttpRequest.BodyPublishers.ofString(longQuery))
                        .build());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("at most 2000 are accepted");

        String big = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(9000);
        assertThat(send(
                                c,
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
                                        .header("Content-Type", "application/sparql-query")
                                        .POST(HttpRequest.BodyPublishers.ofString(big))
                                        .build())
                        .statusCode())
                .isEqualTo(413);
        // The same body without a Content-Length (chunked) is counted as it is read.
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
                .header("Content-Type", "application/sparql-query")
                .POST(chunked(big))
                .build();
        assertThat(send(c, chunked).statusCode()).isEqualTo(413);
        HttpRequest smallChunked = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv")
                .POST(chunked(CLAUSE_TEXT))
                .build();
        assertClauseText(send(c, smallChunked));
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theServiceDescriptionPublishesTheLimitsToRdfClientsAndLeavesHtmlAlone() {
        HttpClient c = client(10);
        for (String[] f : new String[][] {
            {"text/turtle", "TTL"}, {"application/ld+json", "JSONLD"}, {"application/rdf+xml", "RDFXML"}
        }) {
            HttpResponse<String> r = send(
                    c,
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
                            .header("Accept", f[0])
                            .GET()
                            .build());
            assertThat(r.statusCode()).as(f[0]).isEqualTo(200);
            Model m = ModelFactory.createDefaultModel();
            RDFParser.create()
                    .source(new StringReader(r.body()))
                    .lang(RDFLanguages.nameToLang(f[1]))
                    .parse(m);
            Resource service = m.getResource("http://localhost:8080/sparql");
            assertThat(service.hasProperty(
                            m.createProperty(ServiceDescription.SD, "supportedLanguage"),
                            m.createResource(ServiceDescription.SD + "SPARQL11Query")))
                    .isTrue();
            assertThat(service.getProperty(Vocab.queryTimeout).getLiteral().getLexicalForm())
                    .isEqualTo("PT2S");
            assertThat(service.getProperty(Vocab.maxResultRows).getInt()).isEqualTo(1000);
            assertThat(service.getProperty(Vocab.maxQueryLength).getInt()).isEqualTo(2000);
            assertThat(service.getProperty(Vocab.maxRequestBytes).getLong()).isEqualTo(8192);
            assertThat(service.getProperty(Vocab.federatedQuery).getBoolean()).isFalse();
            assertThat(service.getProperty(Vocab.clientQueryBudget).getLiteral().getLexicalForm())
                    .isEqualTo("PT3S");
            assertThat(service.getProperty(Vocab.clientQueryBudgetRefill)
                            .getLiteral()
                            .getLexicalForm())
                    .isEqualTo("PT0.1S");
        }
        HttpResponse<String> html = send(
                c,
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
                        .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
                        .GET()
                        .build());
        assertThat(html.body()).doesNotContain("sparql-service-description");
    }

    @Test
    void reloadNeedsTheTokenAndQueriesRunningDuringItAllComplete() throws Exception {
        HttpClient admin = client(11);
        HttpRequest.Builder reload = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/reload"))
                .POST(HttpRequest.BodyPublishers.noBody());
        assertThat(send(admin, reload.copy().build()).statusCode()).isEqualTo(403);
        assertThat(send(
                                admin,
                                reload.copy()
                                        .header("Authorization", "Bearer wrong")
                                        .build())
                        .statusCode())
                .isEqualTo(403);

        OpenedGeneration before = store.current();
        long triples = store.size();
        HttpRequest page = HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030"))
                .header("Accept", "text/html")
                .GET()
                .build();
        String etagBefore = send(admin, page).headers().firstValue("ETag").orElseThrow();
        // Readers on their own addresses, querying without pause until the reload has answered.
        List<CompletableFuture<List<Integer>>> readers = new ArrayList<>();
        AtomicBoolean reloaded = new AtomicBoolean();
        for (int i = 0; i < 3; i++) {
            HttpClient reader = client(20 + i);
            readers.add(CompletableFuture.supplyAsync(() -> {
                List<Integer> statuses = new ArrayList<>();
                do {
                    HttpResponse<String> r = send(reader, query(CLAUSE_TEXT, "text/csv"));
                    statuses.add(r.statusCode() == 200 && r.body().contains("30/8/2026") ? 200 : r.statusCode());
                    pause(); // a steady reader, well within its budget
                } while (!reloaded.get());
                return statuses;
            }));
        }
        HttpResponse<String> done = send(
                admin, reload.copy().header("Authorization", "Bearer " + TOKEN).build());
        reloaded.set(true);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body())
                .contains("\"previous\":\"" + before.generation().id() + "\"")
                .contains("\"triples\":" + triples);
        for (CompletableFuture<List<Integer>> r : readers)
            assertThat(r.join()).isNotEmpty().containsOnly(200);

        assertThat(store.current().generation().id())
                .isNotEqualTo(before.generation().id());
        assertClauseText(send(client(12), query(CLAUSE_TEXT, "text/csv")));
        // A new generation: the old ETag no longer validates, the page is answered whole with a new one.
        HttpResponse<String> after = send(
                client(12),
                HttpRequest.newBuilder(page.uri())
                        .header("Accept", "text/html")
                        .header("If-None-Match", etagBefore)
                        .GET()
                        .build());
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etagBefore);
        HttpResponse<String> health = send(
                client(12),
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .GET()
                        .build());
        assertThat(health.body()).contains(store.current().generation().id());
    }
}
