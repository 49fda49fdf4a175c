package vn.policykg.web.linkeddata;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.springframework.stereotype.Component;
import vn.policykg.store.GenerationMemo;
import vn.policykg.store.LiveStore;
import vn.policykg.store.RowValues;

/**
 * The document list as the store answers it: the matching documents in order, then the page cut from them,
 * and one GROUP BY per facet. A facet's counts are taken under every filter but its own, so its other values
 * stay reachable and each count says how many documents choosing that value would list. Counts under no filter
 * at all (the plain list, and a facet whose own filter is the only one) are taken once per generation, and so
 * is each order of a recent choice of filters: sorting every document costs in proportion to the graph (100 ms
 * for the full corpus's 460), paging through the sorted list does not.
 */
@Component
public class DocumentCatalog {

    /** One value of a facet: the parameter value, its label, and how many documents have it. */
    public record FacetValue(String value, String label, long count) {}

    /** What one request lists: how many documents match, those of the page in order, and the facets. */
    public record Listing(long total, List<String> documents, Map<DocumentFacet, List<FacetValue>> facets) {}

    private final PageQueries queries;
    /** Each facet's counts over every document: what the plain list shows, and most people first see. */
    private final GenerationMemo<Map<DocumentFacet, List<FacetValue>>> unfiltered;
    /** The documents in order for the filters and sort most recently asked, the IRIs of each list in order. */
    private final GenerationMemo<Cache<String, List<String>>> orders;
    /**
     * Each facet's counts under the filters most recently asked: over 10,000 documents they took 85 ms a request,
     * counted again for every page of the same list.
     */
    private final GenerationMemo<Cache<String, List<FacetValue>>> filteredCounts;

    /** Lists kept per generation: every sort both ways unfiltered, and the recent filtered ones. */
    private static final int KEPT_ORDERS = 16;

    public DocumentCatalog(LiveStore store, PageQueries queries) {
        this.queries = queries;
        this.unfiltered = new GenerationMemo<>(store, gen -> unfilteredCounts());
        this.orders = new GenerationMemo<>(store, gen -> CacheFactory.createCache(KEPT_ORDERS));
        this.filteredCounts = new GenerationMemo<>(
                store, gen -> CacheFactory.createCache(KEPT_ORDERS * DocumentFacet.values().length));
    }

    public Listing list(DocumentListQuery query) {
        Map<String, RDFNode> bindings = bindings(query);
        String where = where(query, null);
        String direction = query.descending() ? "DESC" : "ASC";
        // Documents without the key come last either way; the IRI breaks ties so pages never overlap.
        String ordered = """
                SELECT ?d (SAMPLE(?k) AS ?key) WHERE { %s %s } GROUP BY ?d
                ORDER BY (!BOUND(?key)) %s(?key) ?d""".formatted(where, query.sort().pattern, direction);
        List<String> all = orders.get().get(ordered + new TreeMap<>(bindings), k -> documents(ordered, bindings));
        int from = (int) Math.min(all.size(), (long) (query.page() - 1) * DocumentListQuery.PAGE_SIZE);
        List<String> page = all.subList(from, Math.min(all.size(), from + DocumentListQuery.PAGE_SIZE));
        return new Listing(all.size(), page, facets(query, bindings));
    }

    private List<String> documents(String ordered, Map<String, RDFNode> bindings) {
        return queries.select(ordered, bindings).stream()
                .map(r -> RowValues.text(r, "d"))
                .toList();
    }

    private Map<DocumentFacet, List<FacetValue>> facets(DocumentListQuery query, Map<String, RDFNode> bindings) {
        Map<DocumentFacet, List<FacetValue>> facets = new EnumMap<>(DocumentFacet.class);
        for (DocumentFacet f : DocumentFacet.values()) {
            boolean noOtherFilter = query.filters().keySet().stream().allMatch(k -> k == f);
            facets.put(f, noOtherFilter ? unfiltered.get().get(f) : filteredCounts(query, f, bindings));
        }
        return facets;
    }

    /** {@link #counts}, kept for the generation under the filters it depends on: every one but the facet's own. */
    private List<FacetValue> filteredCounts(DocumentListQuery query, DocumentFacet f, Map<String, RDFNode> bindings) {
        Map<String, RDFNode> others = new TreeMap<>(bindings);
        others.remove(f.filterVariable());
        return filteredCounts.get().get(f + where(query, f) + others, k -> counts(query, f, bindings));
    }

    private Map<DocumentFacet, List<FacetValue>> unfilteredCounts() {
        DocumentListQuery none = new DocumentListQuery(1, DocumentListQuery.Sort.DATE, true, Map.of());
        Map<DocumentFacet, List<FacetValue>> facets = new EnumMap<>(DocumentFacet.class);
        for (DocumentFacet f : DocumentFacet.values()) facets.put(f, counts(none, f, Map.of()));
        return facets;
    }

    /** Documents per value of {@code facet}, in the facet's order, under every filter but the facet's own. */
    private List<FacetValue> counts(DocumentListQuery query, DocumentFacet facet, Map<String, RDFNode> bindings) {
        String v = "?" + facet.variable();
        // Counted first, labelled after: one label look-up per value rather than per document.
        List<QuerySolution> rows =
                queries.select("""
                SELECT %1$s ?n (SAMPLE(?l) AS ?label) WHERE {
                  { SELECT %1$s (COUNT(DISTINCT ?d) AS ?n) WHERE { %2$s %3$s } GROUP BY %1$s }
                  OPTIONAL { %1$s skos:prefLabel ?l FILTER(lang(?l) = 'vi') }
                } GROUP BY %1$s ?n ORDER BY %4$s""".formatted(v, where(query, facet), facet.pattern(), facet.order()), bindings);
        return rows.stream()
                .map(r -> {
                    String value = RowValues.text(r, facet.variable());
                    String label = RowValues.text(r, "label");
                    return new FacetValue(
                            value,
                            label == null ? facet.fallbackLabel(value) : label,
                            r.getLiteral("n").getLong());
                })
                .toList();
    }

    /** The documents {@code query} keeps, leaving out the filter on {@code except} (if any). */
    private static String where(DocumentListQuery query, DocumentFacet except) {
        StringBuilder out = new StringBuilder("?d a eli:LegalResource .");
        query.filters().keySet().stream()
                .filter(f -> f != except)
                .forEach(f -> out.append(' ').append(f.filter()));
        return out.toString();
    }

    private static Map<String, RDFNode> bindings(DocumentListQuery query) {
        Map<String, RDFNode> out = new HashMap<>();
        query.filters().forEach((f, value) -> out.put(f.filterVariable(), f.term(value)));
        return out;
    }
}
