package vn.policykg.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, best first, with the total and the facet counts over all hits, both exact (each facet's
 * {@value FacetCount#MOST_VALUES} values with the most hits, and any chosen value besides); {@code notes} say what
 * was changed in the request (a query cut to its maximum length, say).
 */
public record SearchResults(
        String query,
        long total,
        int limit,
        int offset,
        List<SearchHit> results,
        Map<String, List<FacetCount>> facets,
        List<String> notes) {}
