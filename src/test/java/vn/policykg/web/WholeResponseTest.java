package vn.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * An answer that fits in the buffer leaves whole, with its length, though its writer flushed on the way
 * (Fuseki's result writers do; Jackson does every 8 KiB); a larger one still streams in chunks.
 */
class WholeResponseTest extends WebTest {

    @Test
    void aSparqlAnswerWhoseWriterFlushesLeavesWithItsLength() {
        HttpResponse<String> ask = sparql(
                "ASK { ?clause <https://w3id.org/vnpolicy/def#text> ?text FILTER(STR(?text) = \"Giảm nghèo đa chiều\") }");
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.body()).contains("\"boolean\" : true");
        assertWhole(ask);
    }

    @Test
    void aSearchLongerThanTheContainersOwnBufferLeavesWithItsLength() {
        HttpResponse<String> search = get(
                "/api/search?limit=10&q=" + URLEncoder.encode("giảm nghèo", StandardCharsets.UTF_8),
                "application/json");
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("\"snippet\":\"<mark>Giảm nghèo</mark> đa chiều\"");
        assertThat(search.body().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(8 * 1024);
        assertWhole(search);
    }

    @Test
    void anAnswerLargerThanTheBufferStreams() {
        HttpResponse<String> all = sparql("SELECT * WHERE { ?s ?p ?o } LIMIT 3000");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(WholeResponseFilter.BUFFER_BYTES);
        assertThat(all.headers().firstValue("Content-Length")).isEmpty();
        assertThat(all.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
    }

    private HttpResponse<String> sparql(String query) {
        return send(HttpRequest.newBuilder(URI.create(url("/sparql")))
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build());
    }

    private static void assertWhole(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Transfer-Encoding")).isEmpty();
        assertThat(response.headers().firstValueAsLong("Content-Length"))
                .hasValue((long) response.body().getBytes(StandardCharsets.UTF_8).length);
    }
}
