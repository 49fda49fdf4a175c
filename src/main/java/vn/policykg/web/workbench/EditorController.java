package vn.policykg.web.workbench;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QuerySolution;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.policykg.store.LiveStore;
import vn.policykg.vocab.Vocab;

/**
 * The SPARQL editor (YASGUI, bundled by the build) at /query, and what it needs from us instead of
 * outside services: our prefixes, the classes and properties of our graph for autocompletion, and the
 * query library as examples. Browsers asking for /sparql without a query are forwarded here.
 */
@Controller
public class EditorController {

    /** Prefixes declared in the editor and used to shorten IRIs in results. */
    static final Map<String, String> PREFIXES = prefixes();

    private static final String CLASSES = Vocab.SPARQL_PREFIXES + """
        SELECT DISTINCT ?term WHERE { { ?s a ?term } UNION { ?term a owl:Class } FILTER(isIRI(?term)) } ORDER BY ?term""";
    private static final String PROPERTIES = Vocab.SPARQL_PREFIXES + """
        SELECT DISTINCT ?term WHERE {
          { ?s ?term ?o } UNION { ?term a owl:ObjectProperty } UNION { ?term a owl:DatatypeProperty }
        } ORDER BY ?term""";

    private final LiveStore store;
    private final QueryLibrary library;

    public EditorController(LiveStore store, QueryLibrary library) {
        this.store = store;
        this.library = library;
    }

    @GetMapping("/query")
    public String editor() {
        return "editor";
    }

    @GetMapping(value = "/query/examples.json", produces = "application/json")
    @ResponseBody
    public List<QueryLibrary.Example> examples() {
        return library.examples();
    }

    @GetMapping(value = "/query/terms.json", produces = "application/json")
    @ResponseBody
    public Map<String, Object> terms() {
        return Map.of("prefixes", PREFIXES, "classes", terms(CLASSES), "properties", terms(PROPERTIES));
    }

    private List<String> terms(String query) {
        return store.select(query, Map.of()).stream()
                .map((QuerySolution s) -> s.getResource("term").getURI())
                .toList();
    }

    /** Ours, and {@code text:} for full-text search inside queries. */
    private static Map<String, String> prefixes() {
        Map<String, String> p = new TreeMap<>(Vocab.PREFIXES.getNsPrefixMap());
        p.put("text", "http://jena.apache.org/text#");
        return Collections.unmodifiableMap(p);
    }
}
