package vn.policykg.web.linkeddata;

import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.springframework.stereotype.Component;

import vn.policykg.store.LiveStore;
import vn.policykg.vocab.Vocab;

/** Read queries for pages, with our prefixes and the page's resource bound to {@code ?focus}. */
@Component
public class Sparql {

    static final String PREFIXES = """
        PREFIX vnp: <%s> PREFIX eli: <%s> PREFIX org: <%s> PREFIX oa: <%s> PREFIX skos: <%s> PREFIX schema: <%s>
        PREFIX time: <%s> PREFIX dcterms: <%s> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX sdmx-measure: <%s> PREFIX sdmx-dimension: <%s>
        """.formatted(Vocab.NS, Vocab.ELI, Vocab.ORG, Vocab.OA, Vocab.SKOS, Vocab.SCHEMA, Vocab.TIME, Vocab.DCT,
                      Vocab.SDMX_MEASURE, Vocab.SDMX_DIMENSION);

    private final LiveStore store;

    public Sparql(LiveStore store) {
        this.store = store;
    }

    List<QuerySolution> select(String body, String focusIri) {
        return select(body, Map.of("focus", ResourceFactory.createResource(focusIri)));
    }

    /** A query with values from a request bound to its variables (never pasted into its text). */
    List<QuerySolution> select(String body, Map<String, ? extends RDFNode> bindings) {
        return store.select(PREFIXES + body, bindings);
    }

    List<QuerySolution> select(String body) {
        return select(body, Map.of());
    }

    /** The string of a bound variable, or null. */
    static String str(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null)
            return null;
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }
}
