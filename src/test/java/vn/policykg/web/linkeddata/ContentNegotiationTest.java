package vn.policykg.web.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.policykg.store.LiveStore;
import vn.policykg.web.WebTest;

/** How a data IRI answers: the forms, the headers, the errors; the dataset's description, dumps and sitemap. */
class ContentNegotiationTest extends WebTest {

    static final String TARGET =
            "/eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030/sec_II__para_2.2__item_2/target/ty-le-that-nghiep-thanh-thi";

    @Autowired
    LiveStore store;

    private static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(body)).lang(lang).base(BASE).parse(m);
        return m;
    }

    @Test
    void acceptFormatParameterAndExtensionChooseTheSameRdf() {
        for (Representation form : Representation.RDF) {
            HttpResponse<String> byAccept = get(TARGET, form.mediaType);
            HttpResponse<String> byParameter = get(TARGET + "?format=" + form.extension, "text/html");
            HttpResponse<String> byExtension = get(TARGET + "." + form.extension, "text/html");
            for (HttpResponse<String> r : List.of(byAccept, byParameter, byExtension)) {
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(form.mediaType);
                Model m = parse(r.body(), form.rdf.getLang());
                var target = m.getResource(BASE + TARGET.substring(1));
                assertThat(target.getProperty(
                                        m.createProperty("http://purl.org/linked-data/sdmx/2009/measure#obsValue"))
                                .getString())
                        .isIn("2", "2.0");
                assertThat(m.getResource(BASE + TARGET.substring(1) + "#quote")
                                .getProperty(m.createProperty("http://www.w3.org/ns/oa#exact"))
                                .getString())
                        .isEqualTo("tỷ lệ thất nghiệp khu vực thành thị dưới 2%");
                // The indicator it links to is named in the same answer.
                assertThat(m.getResource(BASE + "indicator/ty-le-that-nghiep-thanh-thi")
                                .getProperty(m.createProperty("http://www.w3.org/2004/02/skos/core#prefLabel"), "vi")
                                .getString())
                        .isEqualTo("Tỷ lệ thất nghiệp khu vực thành thị");
            }
            assertThat(byAccept.headers().firstValue("Content-Location")).hasValue(TARGET + "." + form.extension);
            assertThat(byExtension.headers().firstValue("Content-Disposition"))
                    .hasValue("inline; filename=\"ty-le-that-nghiep-thanh-thi." + form.extension + "\"");
        }
    }

    @Test
    void headersNameEveryFormVaryOnAcceptAndOpenCors() {
        HttpResponse<String> page = get(TARGET, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.headers().firstValue("Vary").orElseThrow()).contains("Accept");
        assertThat(page.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        String link = page.headers().firstValue("Link").orElseThrow();
        for (Representation form : Representation.values())
            assertThat(link)
                    .contains("<" + TARGET + "." + form.extension + ">; rel=\"alternate\"; type=\"" + form.mediaType
                            + "\"");
        assertThat(get(TARGET, "*/*").headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/html");
        assertThat(get(TARGET, "application/json")
                        .headers()
                        .firstValue("Content-Type")
                        .orElseThrow())
                .startsWith("application/ld+json");
        assertThat(get(TARGET, "text/turtle;q=0.5, application/rdf+xml")
                        .headers()
                        .firstValue("Content-Type")
                        .orElseThrow())
                .startsWith("application/rdf+xml");
        HttpResponse<String> head = send(HttpRequest.newBuilder(URI.create(url(TARGET)))
                .header("Accept", "text/turtle")
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
    }

    @Test
    void unknownIrisGet404AndUnknownFormats406() {
        HttpResponse<String> page = get("/eli/vn-lao-cai/ctr/2026/khong-co", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy địa chỉ này.");
        HttpResponse<String> json = get("/org/vn-lao-cai/khong-co", "text/turtle");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.body()).contains("\"error\":\"Not Found\"");
        assertThat(get(TARGET + ".xyz", "text/turtle").statusCode()).isEqualTo(404);
        HttpResponse<String> format = get(TARGET + "?format=xyz", "application/json");
        assertThat(format.statusCode()).isEqualTo(406);
        assertThat(format.body()).contains("Không có định dạng 'xyz'");
        HttpResponse<String> accept = get(TARGET, "image/png");
        assertThat(accept.statusCode()).isEqualTo(406);
        assertThat(accept.body()).contains("text/turtle");
    }

    @Test
    void theOntologyIsServedAtItsLocalPathAsTurtleAndAReferencePage() {
        HttpResponse<String> ttl = get("/def.ttl", "*/*");
        assertThat(ttl.statusCode()).isEqualTo(200);
        Model m = parse(ttl.body(), Lang.TURTLE);
        assertThat(m.getResource("https://w3id.org/vnpolicy/def#Task")
                        .getProperty(m.createProperty("http://www.w3.org/2000/01/rdf-schema#label"), "vi"))
                .isNotNull();
        HttpResponse<String> page = get("/def", "text/html");
        assertThat(page.body())
                .contains("href=\"/def.ttl\"", "id=\"Task\"", "Bảng khái niệm", "comparator", "Loại văn bản");
        HttpResponse<String> concept = get("/def/comparator/lt", "text/turtle");
        assertThat(concept.body()).contains("\"dưới\"@vi");
    }

    @Test
    void voidAndDcatDescribeTheDatasetWithItsSizeEndpointAndDumps() {
        HttpResponse<String> ttl = get("/.well-known/void", "text/turtle");
        assertThat(ttl.statusCode()).isEqualTo(200);
        Model m = parse(ttl.body(), Lang.TURTLE);
        var ds = m.getResource(BASE + ".well-known/void#dataset");
        assertThat(ds.getProperty(m.createProperty(DatasetDescription.VOID, "triples"))
                        .getLong())
                .isEqualTo(store.size());
        assertThat(ds.getProperty(m.createProperty(DatasetDescription.VOID, "sparqlEndpoint"))
                        .getResource()
                        .getURI())
                .isEqualTo(BASE + "sparql");
        assertThat(ds.getProperty(m.createProperty("http://purl.org/dc/terms/", "license"))
                        .getResource()
                        .getURI())
                .isEqualTo(DatasetDescription.LICENCE);
        assertThat(m.listObjectsOfProperty(ds, m.createProperty(DatasetDescription.VOID, "dataDump"))
                        .toList())
                .hasSize(2);
        for (var example : m.listObjectsOfProperty(ds, m.createProperty(DatasetDescription.VOID, "exampleResource"))
                .toList())
            assertThat(get("/" + example.asResource().getURI().substring(BASE.length()), "text/turtle")
                            .statusCode())
                    .as(example.toString())
                    .isEqualTo(200);
        assertThat(get("/.well-known/void", "text/html").statusCode()).isEqualTo(303);
        HttpResponse<String> catalog = get("/catalog", "text/html");
        assertThat(catalog.body())
                .contains(
                        "CC BY 4.0",
                        String.valueOf(store.size()),
                        "/dumps/policy-kg.ttl.gz",
                        "/dumps/policy-kg.nq.gz",
                        "/sparql");
    }

    @Test
    void theDumpsHoldTheWholeGraph() throws IOException {
        HttpResponse<byte[]> ttl = send(
                HttpRequest.newBuilder(URI.create(url("/dumps/policy-kg.ttl.gz")))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(ttl.statusCode()).isEqualTo(200);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create()
                .source(new GZIPInputStream(new ByteArrayInputStream(ttl.body())))
                .lang(Lang.TURTLE)
                .parse(m);
        assertThat(m.size()).isEqualTo(store.size());
        HttpResponse<byte[]> nq = send(
                HttpRequest.newBuilder(URI.create(url("/dumps/policy-kg.nq.gz")))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        DatasetGraph quads = DatasetGraphFactory.create();
        RDFParser.create()
                .source(new GZIPInputStream(new ByteArrayInputStream(nq.body())))
                .lang(Lang.NQUADS)
                .parse(quads);
        assertThat(quads.getDefaultGraph().size()).isEqualTo(store.size());
        assertThat(get("/dumps/other.zip", "*/*").statusCode()).isEqualTo(404);
    }

    @Test
    void theSitemapListsEveryResourcePage() {
        HttpResponse<String> xml = get("/sitemap.xml", "*/*");
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.body())
                .startsWith("<?xml")
                .contains(
                        "<loc>" + BASE + "</loc>",
                        "<loc>" + BASE + "def</loc>",
                        "<loc>" + BASE + TARGET.substring(1) + "</loc>",
                        "<loc>" + BASE + "org/vn-lao-cai/so-y-te</loc>");
        assertThat(xml.body().split("<url>").length - 1).isGreaterThan(1500);
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
