package vn.policykg.web.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykg.store.BuiltStore;
import vn.policykg.web.WebTest;

/**
 * What we serve in Turtle, JSON-LD and RDF/XML, read by a second RDF implementation (Debian's
 * python3-rdflib, through src/test/python/rdflib_counts.py), gives the same number of triples as Jena.
 */
class SecondRdfImplementationTest extends WebTest {

    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path SCRIPT = Path.of("src/test/python/rdflib_counts.py");
    /** A resource of every kind, the ontology and the dataset description. */
    static final List<String> RESOURCES = List.of(
            "/eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030",
            "/eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030/sec_II__para_2.2__item_2",
            "/eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030/sec_III__para_1.2/task",
            "/eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030/sec_II__para_2.2__item_2/target/ty-le-that-nghiep-thanh-thi",
            "/eli/vn-lao-cai/ctr/2026/04-ctr-ubnd/annex_1__sec_II__row_18",
            "/eli/vn-lao-cai/da/2025/unnumbered-giam-ngheo-da-chieu-an-sinh-xa-hoi-2026-2030/part_2__sec_IV__para_2/budget/nam-2026",
            "/org/vn-lao-cai/so-y-te",
            "/indicator/ty-le-that-nghiep-thanh-thi",
            "/jurisdiction/vn-yen-bai",
            "/eli/vn/nq/2023/42-nq-tw",
            "/def",
            "/.well-known/void");

    static final Map<Representation, String> RDFLIB_FORMAT =
            Map.of(Representation.TURTLE, "turtle", Representation.JSONLD, "json-ld", Representation.RDFXML, "xml");

    @TempDir
    Path tmp;

    @Test
    void rdflibReadsOurTurtleJsonLdAndRdfXmlWithJenasTripleCounts() throws Exception {
        Map<Path, Long> jena = new LinkedHashMap<>();
        List<String> args = new ArrayList<>();
        int n = 0;
        for (String path : RESOURCES) {
            for (var form : RDFLIB_FORMAT.entrySet()) {
                HttpResponse<String> r = get(path, form.getKey().mediaType);
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                Path file = tmp.resolve((n++) + "." + form.getKey().extension);
                Files.writeString(file, r.body(), StandardCharsets.UTF_8);
                jena.put(
                        file,
                        count(Files.newInputStream(file), form.getKey().rdf.getLang()));
                args.add(file + ":" + form.getValue());
            }
        }
        // The whole graph, as the Turtle dump.
        byte[] gz = http.send(
                        HttpRequest.newBuilder(URI.create(url("/dumps/policy-kg.ttl.gz")))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();
        Path dump = tmp.resolve("dump.ttl");
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            Files.copy(in, dump);
        }
        jena.put(dump, count(Files.newInputStream(dump), Lang.TURTLE));
        args.add(dump + ":turtle");

        Map<Path, Long> rdflib = rdflib(args);
        assertThat(rdflib).isEqualTo(jena);
        assertThat(jena.get(dump)).isGreaterThan(20_000L);
    }

    private static long count(InputStream in, Lang lang) throws IOException {
        try (in) {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.create().source(in).lang(lang).base(BuiltStore.BASE).parse(g);
            return g.size();
        }
    }

    private static Map<Path, Long> rdflib(List<String> args) throws IOException, InterruptedException {
        assertThat(PYTHON)
                .as("Debian's python3 with python3-rdflib (apt-get install python3-rdflib)")
                .isExecutable();
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), SCRIPT.toString()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        Map<Path, Long> counts = new LinkedHashMap<>();
        for (String line : out.strip().split("\n")) {
            String[] f = line.split("\t");
            counts.put(Path.of(f[1]), Long.parseLong(f[0]));
        }
        return counts;
    }
}
