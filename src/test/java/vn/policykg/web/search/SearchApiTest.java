package vn.policykg.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.policykg.web.WebTest;

/** /api/search and /search over HTTP, on the store the service built from data/ at start. */
class SearchApiTest extends WebTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> api(String query) {
        return get("/api/search?" + query, "application/json");
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void answersWithTheAgreedShape() {
        HttpResponse<String> r = api(q("giảm nghèo") + "&limit=3");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("query").asString()).isEqualTo("giảm nghèo");
        assertThat(body.get("total").asLong()).isGreaterThan(3);
        JsonNode first = body.get("results").get(0);
        for (String field : List.of("iri", "document", "documentTitle", "clause", "text", "snippet", "score"))
            assertThat(first.has(field)).as(field).isTrue();
        assertThat(body.get("results")).hasSize(3);
        assertThat(first.get("iri").asString()).startsWith(BASE + "eli/");
        assertThat(first.get("snippet").asString()).contains("<mark>");
        assertThat(body.get("facets").get("province").get(0).get("label").asString())
                .startsWith("tỉnh ");
    }

    @Test
    void textQueryAtTheSparqlEndpointReadsTheSameIndexTheSameWay() {
        String sparql = "PREFIX text: <http://jena.apache.org/text#> PREFIX vnp: <https://w3id.org/vnpolicy/def#> "
                + "SELECT ?c WHERE { (?c ?score) text:query (vnp:text 'giam ngheo' 5) } ORDER BY DESC(?score)";
        HttpResponse<String> r = get(
                "/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        List<String> fromSparql = new ArrayList<>();
        json.readTree(r.body())
                .get("results")
                .get("bindings")
                .forEach(b -> fromSparql.add(b.get("c").get("value").asString()));
        List<String> fromApi = new ArrayList<>();
        json.readTree(api(q("giảm nghèo") + "&limit=5").body())
                .get("results")
                .forEach(h -> fromApi.add(h.get("iri").asString()));
        assertThat(fromSparql).hasSize(5).isEqualTo(fromApi);
    }

    @Test
    void filtersByProvinceAndDocumentType() {
        JsonNode body = json.readTree(
                api(q("nhà ở xã hội") + "&province=vn-yen-bai&limit=100").body());
        assertThat(body.get("total").asInt()).isPositive();
        for (JsonNode hit : body.get("results"))
            assertThat(hit.get("documentFile").asString()).startsWith("003_");
        JsonNode schemes = json.readTree(
                api(q("nhà ở xã hội") + "&type=scheme-document&limit=100").body());
        for (JsonNode hit : schemes.get("results"))
            assertThat(hit.get("documentFile").asString()).startsWith("002_");
    }

    @Test
    void eachFacetCountIsTheTotalItsFilterGives() {
        String words = q("phát triển") + "&limit=1";
        JsonNode all = json.readTree(api(words).body());
        long total = all.get("total").asLong();
        assertThat(total).isGreaterThan(100);
        long perDocument = 0;
        for (JsonNode c : all.get("facets").get("doc"))
            perDocument += c.get("count").asLong();
        assertThat(perDocument).isEqualTo(total);
        for (String facet : List.of("province", "type", "year", "agency", "indicator")) {
            JsonNode value = all.get("facets").get(facet).get(0);
            String key = URLEncoder.encode(value.get("key").asString(), StandardCharsets.UTF_8);
            JsonNode filtered =
                    json.readTree(api(words + "&" + facet + "=" + key).body());
            assertThat(filtered.get("total").asLong())
                    .as("%s %s", facet, value.get("label").asString())
                    .isEqualTo(value.get("count").asLong());
        }
        assertThat(all.has("facetsEstimated")).as("no count is an estimate").isFalse();
    }

    @Test
    void noInputGivesAServerError() {
        List<String> queries = new ArrayList<>(List.of(
                "",
                "q=",
                "q=%20%20%20",
                q("\"nhà ở"),
                q("a:b (c AND d*) ~2 ^3 [x TO y] {z} \\ / ! - +"),
                q("中华人民共和国"),
                q("ок\u0000\u0007\u001b[31m"),
                q("giảm nghèo ".repeat(300)),
                q("!!!"),
                q("x") + "&limit=abc",
                q("x") + "&limit=100000",
                q("x") + "&offset=-1",
                q("x") + "&kind=bogus",
                q("x") + "&year=" + "9".repeat(5000)));
        for (String query : queries) {
            HttpResponse<String> r = api(query);
            assertThat(r.statusCode()).as(query).isIn(200, 400);
            JsonNode body = json.readTree(r.body());
            if (r.statusCode() == 400)
                assertThat(body.get("error").asString() + body.get("message").asString())
                        .as(query)
                        .isNotBlank();
        }
        assertThat(api("q=").statusCode()).isEqualTo(400);
        HttpResponse<String> tooMany = api(q("x") + "&limit=100000");
        JsonNode problem = json.readTree(tooMany.body());
        assertThat(problem.get("message").asString()).contains("limit", "100");
        // One error path (ErrorPageController): an RFC 9457 problem keeping the error and message fields.
        assertThat(tooMany.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("error").asString())
                .isEqualTo("Bad Request")
                .isEqualTo(problem.get("title").asString());
        assertThat(problem.get("detail").asString())
                .isEqualTo(problem.get("message").asString());
        assertThat(problem.get("instance").asString()).isEqualTo("/api/search");
        JsonNode cut = json.readTree(api(q("giảm nghèo ".repeat(300))).body());
        assertThat(cut.get("notes").get(0).asString()).contains("500");
    }

    @Test
    void theSearchPageAnswersBadInputWithAReadablePage() {
        HttpResponse<String> r = get("/search?" + q("x") + "&limit=abc", "text/html");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("limit&#39; phải là một số nguyên");
        HttpResponse<String> markup = get("/search?" + q("<script>alert(1)</script>"), "text/html");
        assertThat(markup.statusCode()).isEqualTo(200);
        assertThat(markup.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
    }
}
