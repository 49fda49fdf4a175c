package vn.policykg.web.workbench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private static final String CLASSES = """
        PREFIX owl: <http://www.w3.org/2002/07/owl#>
        SELECT DISTINCT ?term WHERE { { ?s a ?term } UNION { ?term a owl:Class } FILTER(isIRI(?term)) } ORDER BY ?term""";
    private static final String PROPERTIES = """
        PREFIX owl: <http://www.w3.org/2002/07/owl#>
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
        return store.select(query, Map.of()).stream().map((QuerySolution s) -> s.getResource("term").getURI()).toList();
    }

    private static Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("vnp", Vocab.NS);
        p.put("eli", Vocab.ELI);
        p.put("org", Vocab.ORG);
        p.put("skos", Vocab.SKOS);
        p.put("oa", Vocab.OA);
        p.put("prov", Vocab.PROV);
        p.put("dcterms", Vocab.DCT);
        p.put("time", "http://www.w3.org/2006/time#");
        p.put("schema", "https://schema.org/");
        p.put("qb", "http://purl.org/linked-data/cube#");
        p.put("sdmx-measure", "http://purl.org/linked-data/sdmx/2009/measure#");
        p.put("sdmx-dimension", "http://purl.org/linked-data/sdmx/2009/dimension#");
        p.put("sdmx-attribute", "http://purl.org/linked-data/sdmx/2009/attribute#");
        p.put("text", "http://jena.apache.org/text#");
        p.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        p.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        p.put("owl", "http://www.w3.org/2002/07/owl#");
        p.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        return Collections.unmodifiableMap(p);
    }
}
