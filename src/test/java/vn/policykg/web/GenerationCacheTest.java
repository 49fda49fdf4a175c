package vn.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * GET answers carry an ETag of the generation and request, are answered 304 when a client sends it back,
 * and are replayed from memory the second time; errors and other methods are neither tagged nor kept.
 * (A new generation changing every ETag is checked in SparqlLimitsTest, which reloads.)
 */
class GenerationCacheTest extends WebTest {

    private static final String CLAUSE =
            "/eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030/sec_III__para_1.5";

    @Autowired
    GenerationCacheFilter filter;

    @Test
    void aPageIsTaggedRevalidatedAndReplayed() {
        HttpResponse<String> first = get(CLAUSE, "text/html");
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("W/\"[0-9a-f]{32}\"");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue(GenerationCacheFilter.CACHE_CONTROL);
        assertThat(first.headers().allValues("Vary"))
                .anySatisfy(v -> assertThat(v).contains("Accept"));
        assertThat(first.body()).contains("30/8/2026");
        assertThat(first.headers().firstValue("Content-Language")).hasValue("vi");

        long hits = filter.cache().hits();
        HttpResponse<String> again = get(CLAUSE, "text/html");
        assertThat(filter.cache().hits()).isEqualTo(hits + 1);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(headers(again)).isEqualTo(headers(first)).containsKeys("content-type", "content-security-policy");

        HttpResponse<String> unchanged = send(HttpRequest.newBuilder(URI.create(url(CLAUSE)))
                .header("Accept", "text/html")
                .header("If-None-Match", "\"other\", " + etag)
                .GET()
                .build());
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(unchanged.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void eachRepresentationHasItsOwnTag() {
        HttpResponse<String> html = get(CLAUSE, "text/html");
        HttpResponse<String> turtle = get(CLAUSE, "text/turtle");
        assertThat(headers(get(CLAUSE, "text/turtle")))
                .isEqualTo(headers(turtle))
                .containsKeys("content-location", "access-control-allow-origin");
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        assertThat(turtle.body()).contains("30/8/2026").doesNotContain("<html");
        assertThat(turtle.headers().firstValue("ETag"))
                .isNotEqualTo(html.headers().firstValue("ETag"));

        HttpResponse<String> notModifiedForHtmlOnly = send(HttpRequest.newBuilder(URI.create(url(CLAUSE)))
                .header("Accept", "text/turtle")
                .header("If-None-Match", html.headers().firstValue("ETag").orElseThrow())
                .GET()
                .build());
        assertThat(notModifiedForHtmlOnly.statusCode()).isEqualTo(200);
    }

    @Test
    void searchesAreKeptPerQuery() {
        HttpResponse<String> bhyt = get("/api/search?q=BHYT&limit=10", "application/json");
        HttpResponse<String> again = get("/api/search?q=BHYT&limit=10", "application/json");
        assertThat(again.body()).isEqualTo(bhyt.body()).contains("<mark>bảo hiểm y tế</mark>");
        HttpResponse<String> other = get("/api/search?q=giam+ngheo&limit=10", "application/json");
        assertThat(other.body()).contains("<mark>giảm nghèo</mark>");
        assertThat(other.headers().firstValue("ETag"))
                .isNotEqualTo(bhyt.headers().firstValue("ETag"));
    }

    /** The headers of an answer but those the container sets per response. */
    private static Map<String, List<String>> headers(HttpResponse<String> r) {
        Map<String, List<String>> h = new TreeMap<>(r.headers().map());
        List.of("date", "content-length", "transfer-encoding", "keep-alive", "connection")
                .forEach(h::remove);
        return h;
    }

    @Test
    void errorsAndOtherMethodsAreNotTagged() {
        HttpResponse<String> missing = send(HttpRequest.newBuilder(URI.create(url("/eli/vn-lao-cai/no-such-document")))
                .header("Accept", "text/html")
                .header("If-None-Match", "*")
                .GET()
                .build());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("ETag")).isEmpty();
        assertThat(missing.headers().firstValue("Cache-Control")).hasValue("no-store");

        HttpResponse<String> empty = send(HttpRequest.newBuilder(URI.create(url("/api/search?q=")))
                .header("Accept", "application/json")
                .header("If-None-Match", "W/\"not-a-tag\", garbage, \"\"")
                .GET()
                .build());
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("tham số q trống");
        assertThat(empty.headers().firstValue("ETag")).isEmpty();

        HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(url("/sparql")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=ASK%7B%7D"))
                .build());
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.headers().firstValue("ETag")).isEmpty();

        HttpResponse<String> health = get("/actuator/health", "application/json");
        assertThat(health.headers().firstValue("ETag")).isEmpty();
    }
}
