package vn.policykg.search;

/** How many hits have one value of a facet: the value to filter by, its label, the count. */
public record FacetCount(String key, String label, int count) {}
