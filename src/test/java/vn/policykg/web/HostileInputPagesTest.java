package vn.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Script in what users send and in SPARQL literals stays text in every HTML page, checked in a real
 * browser (no element the payload could have made exists; the browser did not run it); every response
 * carries the security headers and no version. Add the pages of new features to {@link #PAGES}.
 */
class HostileInputPagesTest extends PageTest {

    /** Sets a mark if it ever runs; the CSP would block it anyway, so the test looks for the elements. */
    private static final String PAYLOAD =
            "\"'><script>document.title='xss'</script><img src=x onerror=\"document.title='xss'\"><svg onload=alert(1)>";

    /** HTML pages, {@code %s} being where the (URL-encoded) payload goes. */
    static final List<String> PAGES = List.of(
            "/khong-co/%s",
            "/khong-co?q=%s",
            "/sparql?query=%s",
            "/sparql?query=" + enc("SELECT * WHERE { ?s ?p \"")
                    + "%s", // a broken SPARQL literal, echoed by the parser's message
            "/search?q=%s",
            "/search?q=gi%E1%BA%A3m+ngh%C3%A8o&province=%s",
            "/eli/vn-lao-cai/%s",
            "/eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030/sec_III__para_1.5?format=%s",
            "/org/vn-lao-cai/so-y-te?x=%s",
            "/resolve?ref=%s",
            "/resolve?ref=35-NQ/TU&province=%s",
            "/deadlines?agency=%s",
            "/deadlines?asOf=%s",
            "/implementation?document=%s",
            "/export/tasks.csv?year=%s",
            "/documents?kind=%s",
            "/documents?year=%s&sort=%s&page=%s",
            "/documents?issuer=http://x.example/%27onmouseover=alert(1)%27%3F&corpus=false", // a valid IRI: a 200 page
            // showing it
            "/query?query=%s");

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aScriptPayloadInAQueryParameterOrASparqlLiteralIsInertInEveryPage() {
        for (String template : PAGES) {
            String path = template.replace("%s", enc(PAYLOAD));
            HttpResponse<String> r = get(path, "text/html");
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (type.startsWith("text/html")) {
                assertThat(r.body())
                        .as(template)
                        .doesNotContain("<script>document")
                        .doesNotContain("<img src=x")
                        .doesNotContain("<svg onload");
            } else {
                // Not HTML (e.g. SPARQL results): never sniffed into HTML by the browser.
                assertThat(r.headers().firstValue("X-Content-Type-Options"))
                        .as(template)
                        .contains("nosniff");
            }
            browser.open(url(path));
            assertThat(browser.title()).as(template).isNotEqualTo("xss");
            assertThat(browser.find("img[src='x'], svg[onload], script:not([src]):not([type='application/ld+json'])"))
                    .as(template)
                    .isEmpty();
        }
    }

    @Test
    void theErrorPageShowsThePayloadAsText() {
        browser.open(url("/sparql?query=" + enc("SELECT * WHERE { ?s ?p \"" + PAYLOAD)));
        assertThat(browser.text()).contains("Yêu cầu không hợp lệ").contains("><script>document.title=");
        // In a path without '/': Tomcat itself refuses an encoded slash (%2F) before any page is made.
        browser.open(url("/khong-co/" + enc("<svg onload=alert(1)>")));
        assertThat(browser.text()).contains("Không tìm thấy").contains("/khong-co/%3Csvg+onload%3Dalert%281%29%3E");
    }

    @Test
    void aSparqlLiteralComesBackEscapedInEveryResultFormat() {
        String query = "SELECT ?x WHERE { BIND(\"" + PAYLOAD.replace("\"", "\\\"") + "\" AS ?x) }";
        HttpResponse<String> xml = get("/sparql?query=" + enc(query), "application/sparql-results+xml");
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.body()).contains("&lt;script&gt;").doesNotContain("<script>");
        HttpResponse<String> html = get("/sparql?query=" + enc(query), "text/html");
        assertThat(html.headers().firstValue("Content-Type").orElse("")).doesNotStartWith("text/html");
        assertThat(html.body()).doesNotContain("<script>");
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNoVersion() {
        List<HttpResponse<String>> responses = List.of(
                get("/sparql?query=" + enc("ASK {}"), "application/sparql-results+json"),
                get("/sparql", "text/turtle"),
                get("/sparql?query=" + enc("SELECT"), "application/json"),
                get("/actuator/health", "application/json"),
                get("/api/nothing-here", "application/json"),
                get("/khong-co", "text/html"),
                send(HttpRequest.newBuilder(URI.create(url("/sparql")))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("DROP ALL"))
                        .build()));
        for (HttpResponse<String> r : responses) {
            String what = r.request().method() + " " + r.uri() + " → " + r.statusCode();
            assertThat(r.headers().firstValue("Content-Security-Policy"))
                    .as(what)
                    .contains(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
            assertThat(r.headers().firstValue("X-Content-Type-Options"))
                    .as(what)
                    .contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(what).contains("strict-origin-when-cross-origin");
            assertThat(r.headers().firstValue("Server")).as(what).isEmpty();
            assertThat(r.headers().map().toString() + r.body())
                    .as(what)
                    .doesNotContainIgnoringCase("tomcat")
                    .doesNotContain("5.6.0")
                    .doesNotContain("Fuseki -")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void theReloadEndpointIsOffByDefault() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url("/admin/reload")))
                .header("Authorization", "Bearer ")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(r.statusCode()).isEqualTo(404);
    }
}
