package vn.policykg.search;

import java.util.Comparator;
import vn.policykg.store.TextIndexDefinition;

/** How many hits have one value of a facet: the value to filter by, its label, the count. */
public record FacetCount(String key, String label, int count) {

    /** The order facet values are listed in: most hits first, then by label, then by key (two bodies may share a name). */
    public static final Comparator<FacetCount> ORDER = Comparator.comparingInt(FacetCount::count)
            .reversed()
            .thenComparing(FacetCount::label)
            .thenComparing(FacetCount::key);

    /** From a count field's value, "key␟label" ({@link TextIndexDefinition#LABEL_SEPARATOR}). */
    public static FacetCount of(String keyAndLabel, int count) {
        int sep = keyAndLabel.indexOf(TextIndexDefinition.LABEL_SEPARATOR);
        return new FacetCount(keyAndLabel.substring(0, sep), keyAndLabel.substring(sep + 1), count);
    }
}
