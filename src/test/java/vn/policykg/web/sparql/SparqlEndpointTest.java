package vn.policykg.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.policykg.store.BuiltStore;
import vn.policykg.store.LiveStore;
import vn.policykg.web.WebTest;

/**
 * The service as a user meets it: started on an empty store directory (so the first start builds the
 * store from data/), then asked over real HTTP through the Fuseki engine at /sparql.
 */
class SparqlEndpointTest extends WebTest {

    @Autowired
    LiveStore store;

    private HttpResponse<String> query(String sparql, String accept) throws Exception {
        return get("/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8), accept);
    }

    private HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private long tripleCount() throws Exception {
        HttpResponse<String> r = query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void theFirstStartBuiltTheStoreAndCountingTriplesGivesTheGraphSize() throws Exception {
        long expected = BuiltStore.seedGraph().size();
        assertThat(tripleCount()).isEqualTo(expected).isEqualTo(store.size());
        assertThat(Files.exists(STORE.resolve("CURRENT"))).isTrue();
    }

    private static final String TASK_TEXT = """
        PREFIX vnp: <https://w3id.org/vnpolicy/def#>
        SELECT ?text WHERE { <http://localhost:8080/eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030/sec_III__para_1.5> vnp:text ?text }""";

    @Test
    void selectResultsComeInJsonXmlCsvAndTsvWithTheirDiacritics() throws Exception {
        String words = "Hoàn thành xong trước ngày 30/8/2026.";
        for (String accept : new String[] {
            "application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"
        }) {
            HttpResponse<String> r = query(TASK_TEXT, accept);
            assertThat(r.statusCode()).as(accept).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse(""))
                    .as(accept)
                    .startsWith(accept);
            assertThat(r.body()).as(accept).contains(words).contains("04 xã biên giới");
        }
        HttpResponse<String> posted = post("/sparql", "application/sparql-query", TASK_TEXT);
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body()).contains(words);
        HttpResponse<String> form = post(
                "/sparql",
                "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(TASK_TEXT, StandardCharsets.UTF_8));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains(words);
    }

    @Test
    void constructAndDescribeComeAsTurtleAndJsonLd() throws Exception {
        String describe = "DESCRIBE <http://localhost:8080/eli/vn-lao-cai/ctr/2026/04-ctr-ubnd>";
        for (String[] f : new String[][] {
            {"text/turtle", "TTL"}, {"application/ld+json", "JSONLD"}, {"application/n-triples", "NT"}
        }) {
            HttpResponse<String> r = query(describe, f[0]);
            assertThat(r.statusCode()).isEqualTo(200);
            Model m = ModelFactory.createDefaultModel();
            RDFParser.create()
                    .source(new StringReader(r.body()))
                    .lang(RDFLanguages.nameToLang(f[1]))
                    .parse(m);
            assertThat(m.contains(
                            m.createResource("http://localhost:8080/eli/vn-lao-cai/ctr/2026/04-ctr-ubnd"),
                            m.createProperty("http://data.europa.eu/eli/ontology#id_local"),
                            "04/CTr-UBND"))
                    .as(f[0])
                    .isTrue();
        }
        HttpResponse<String> construct = query("""
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            CONSTRUCT { ?d eli:applies ?r } WHERE { ?d eli:applies ?r }""", "text/turtle");
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create()
                .source(new StringReader(construct.body()))
                .lang(Lang.TURTLE)
                .parse(m);
        assertThat(m.listSubjects().toList()).hasSize(4);
    }

    @Test
    void fullTextSearchWorksInsideSparql() throws Exception {
        HttpResponse<String> r = query("""
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX vnp: <https://w3id.org/vnpolicy/def#>
            SELECT ?path WHERE { ?c text:query (vnp:text '"nhà ở xã hội"' 50) ; vnp:numberPath ?path ; vnp:document/vnp:sourceText/vnp:originalFileName "004_7fa0b185901330c3.txt" }
            ORDER BY ?path""", "text/csv");
        assertThat(r.body().lines().skip(1).toList()).containsExactly("II.7.đ", "PL1.I.13");
    }

    @Test
    void aMalformedQueryGets400WithTheParsersMessage() throws Exception {
        HttpResponse<String> r = query("SELECT * WHERE { ?s ?p }", "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body())
                .contains("Parse error")
                .contains("line 1, column 24")
                .doesNotContain("at org.apache");
    }

    @Test
    void updatesAndGraphStoreWritesAreRefusedAndChangeNothing() throws Exception {
        long before = tripleCount();
        String insert = "INSERT DATA { <urn:x:a> <urn:x:b> \"c\" }";
        assertThat(post("/sparql", "application/sparql-update", insert).statusCode())
                .isBetween(400, 499);
        assertThat(post(
                                "/sparql",
                                "application/x-www-form-urlencoded",
                                "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8))
                        .statusCode())
                .isBetween(400, 499);
        assertThat(post("/sparql?default", "text/turtle", "<urn:x:a> <urn:x:b> \"c\" .")
                        .statusCode())
                .isBetween(400, 499);
        assertThat(post("/sparql?graph=urn:x:g", "text/turtle", "<urn:x:a> <urn:x:b> \"c\" .")
                        .statusCode())
                .isBetween(400, 499);
        var put = send(HttpRequest.newBuilder(URI.create(url("/sparql?default")))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> \"c\" ."))
                .build());
        assertThat(put.statusCode()).isBetween(400, 499);
        var delete = send(HttpRequest.newBuilder(URI.create(url("/sparql?default")))
                .DELETE()
                .build());
        assertThat(delete.statusCode()).isBetween(400, 499);
        assertThat(tripleCount()).isEqualTo(before);
        assertThat(query("ASK { <urn:x:a> ?p ?o }", "text/csv").body()).doesNotContain("true");
    }

    @Test
    void healthIsUpWithTheLoadedGeneration() throws Exception {
        HttpResponse<String> r = get("/actuator/health", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("\"status\":\"UP\"")
                .contains("\"triples\":" + store.size())
                .contains(store.current().generation().id())
                .doesNotContain("diskSpace")
                .doesNotContain(System.getProperty("user.dir"));
    }

    @Test
    void errorsAreJsonForTheApiAndAVietnamesePageForBrowsersWithoutStackTraces() throws Exception {
        HttpResponse<String> api = get("/api/nothing-here", "application/json");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(api.body()).contains("\"error\"").contains("\"message\"");

        HttpResponse<String> page = get("/khong-co/%3Cscript%3Ealert(1)%3C-script%3E", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body())
                .contains("lang=\"vi\"")
                .contains("Không tìm thấy")
                .contains("Không tìm thấy địa chỉ này")
                .doesNotContain("<script>")
                .doesNotContain("Exception")
                .doesNotContain("Whitelabel");
    }
}
