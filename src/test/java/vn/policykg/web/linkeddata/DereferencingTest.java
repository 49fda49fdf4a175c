package vn.policykg.web.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.policykg.store.LiveStore;
import vn.policykg.web.Addresses;
import vn.policykg.web.WebTest;

/** Every subject of the graph, asked for in every RDF form, answers with all of its triples. */
class DereferencingTest extends WebTest {

    /** Fragment-less IRI → every triple whose subject is it or one of its fragments, read from the store. */
    private static Map<String, List<Triple>> expected;

    @Autowired
    LiveStore store;

    private Map<String, List<Triple>> expected() {
        if (expected == null) {
            Dataset ds = store.dataset();
            expected = Txn.calculateRead(ds, () -> {
                Map<String, List<Triple>> out = new TreeMap<>();
                ds.asDatasetGraph().getDefaultGraph().find().forEachRemaining(t -> {
                    String s = t.getSubject().getURI();
                    out.computeIfAbsent(s.contains("#") ? s.substring(0, s.indexOf('#')) : s, k -> new ArrayList<>())
                            .add(t);
                });
                return out;
            });
        }
        return expected;
    }

    /** The served address of a graph IRI: data under the base, the ontology at /def. */
    private String address(String iri) {
        if (iri.startsWith(Addresses.ONTOLOGY))
            return url(Addresses.ONTOLOGY_PATH + iri.substring(Addresses.ONTOLOGY.length()));
        return served(iri);
    }

    @Test
    void everySubjectInEveryRdfFormAnswersWithAllItsTriples() {
        Map<String, List<Triple>> all = expected();
        assertThat(all.size()).isGreaterThan(1500);
        assertThat(all.keySet())
                .allMatch(
                        iri -> iri.startsWith(BASE) || iri.startsWith(Addresses.ONTOLOGY),
                        "every subject is under the base or the ontology namespace, so this service can answer for it");
        List<String> failures = new ArrayList<>();
        long checked = 0;
        for (Representation form : Representation.RDF) {
            for (var e : all.entrySet()) {
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(address(e.getKey())))
                        .header("Accept", form.mediaType)
                        .GET()
                        .build());
                if (r.statusCode() != 200
                        || !r.headers().firstValue("Content-Type").orElse("").startsWith(form.mediaType)) {
                    failures.add(form + " " + e.getKey() + " → " + r.statusCode() + " "
                            + r.headers().firstValue("Content-Type"));
                    continue;
                }
                Graph parsed = GraphFactory.createDefaultGraph();
                RDFParser.create()
                        .source(new StringReader(r.body()))
                        .lang(form.rdf.getLang())
                        .base(e.getKey())
                        .parse(parsed);
                for (Triple t : e.getValue())
                    if (!parsed.contains(t)) failures.add(form + " " + e.getKey() + " lacks " + t);
                checked += e.getValue().size();
                if (failures.size() > 20) break;
            }
        }
        assertThat(failures).isEmpty();
        assertThat(checked)
                .isEqualTo(4L * all.values().stream().mapToLong(List::size).sum());
    }
}
