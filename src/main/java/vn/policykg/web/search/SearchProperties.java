package vn.policykg.web.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.policykg.search.Searcher;

/**
 * {@code policykg.search.*}: how the embedded index answers.
 *
 * @param exactFacetHits up to this many hits, facet counts are exact; beyond it they are estimated from an even
 *                       sample of half to all of this many hits, and the answer says so. A larger value costs
 *                       more on searches with many hits.
 */
@ConfigurationProperties(prefix = "policykg.search")
public record SearchProperties(
        @DefaultValue("" + Searcher.EXACT_FACET_HITS) int exactFacetHits) {

    public SearchProperties {
        if (exactFacetHits < 2)
            throw new IllegalArgumentException(
                    "policykg.search.exact-facet-hits must be at least 2 (got " + exactFacetHits + ")");
    }
}
