package vn.policykg.search;

import java.util.List;
import java.util.Map;
import vn.policykg.store.TextIndexDefinition.Facet;
import vn.policykg.store.TextIndexDefinition.Kind;

/**
 * One search: the words as typed, the facet values every hit must have (any of the values given for one
 * facet), the kinds of node wanted (none named: every kind), and the page.
 */
public record SearchRequest(String query, Map<Facet, List<String>> filters, List<Kind> kinds, int limit, int offset) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;
    /** Deeper pages are not useful to people and cost a sort over every hit. */
    public static final int MAX_OFFSET = 10_000;

    public SearchRequest {
        filters = Map.copyOf(filters);
        kinds = List.copyOf(kinds);
        if (limit < 1 || limit > MAX_LIMIT)
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + " (got " + limit + ")");
        if (offset < 0 || offset > MAX_OFFSET)
            throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET + " (got " + offset + ")");
    }

    /** Clauses only, first page, no filter. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), List.of(Kind.CLAUSE), DEFAULT_LIMIT, 0);
    }
}
