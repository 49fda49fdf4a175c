package vn.policykg.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, best first, with the total (always exact) and the facet counts over all hits (each facet's
 * {@value FacetCount#MOST_VALUES} values with the most hits, and any chosen value besides); {@code
 * facetsEstimated} when those counts were estimated from an even sample of the hits, as the embedded index does
 * beyond {@code policykg.search.exact-facet-hits} (10,000) hits; {@code notes} say what was changed in the
 * request (a query cut to its maximum length, say).
 */
public record SearchResults(
        String query,
        long total,
        int limit,
        int offset,
        List<SearchHit> results,
        Map<String, List<FacetCount>> facets,
        boolean facetsEstimated,
        List<String> notes) {}
