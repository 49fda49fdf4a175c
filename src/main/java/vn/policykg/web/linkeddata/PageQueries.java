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
public class PageQueries {

    private final LiveStore store;

    public PageQueries(LiveStore store) {
        this.store = store;
    }

    List<QuerySolution> select(String body, String focusIri) {
        return select(body, Map.of("focus", ResourceFactory.createResource(focusIri)));
    }

    /** A query with values from a request bound to its variables (never pasted into its text). */
    List<QuerySolution> select(String body, Map<String, ? extends RDFNode> bindings) {
        return store.select(Vocab.SPARQL_PREFIXES + body, bindings);
    }

    List<QuerySolution> select(String body) {
        return select(body, Map.of());
    }
}
