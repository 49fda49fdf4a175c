package vn.policykg.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import vn.policykg.store.TextIndexDefinition;

/** How many hits have one value of a facet: the value to filter by, its label, the count. */
public record FacetCount(String key, String label, int count) {

    /** The order facet values are listed in: most hits first, then by label, then by key (two bodies may share a name). */
    public static final Comparator<FacetCount> ORDER = Comparator.comparingInt(FacetCount::count)
            .reversed()
            .thenComparing(FacetCount::label)
            .thenComparing(FacetCount::key);

    /**
     * Values a search answers per facet at most, as Solr's default: enough for any list a person reads, while a
     * facet of a large corpus (its documents, its bodies) has thousands, which would fill every answer.
     */
    public static final int MOST_VALUES = 100;

    /**
     * The first {@link #MOST_VALUES} of {@code ordered} (in {@link #ORDER}), then any of the {@code chosen} keys
     * (the request's filters) left out: with several values chosen in a facet of many, a rarely matched one could
     * fall behind the cut, and the page could no longer offer to drop it.
     */
    public static List<FacetCount> mostHits(List<FacetCount> ordered, Collection<String> chosen) {
        if (ordered.size() <= MOST_VALUES) return List.copyOf(ordered);
        List<FacetCount> out = new ArrayList<>(ordered.subList(0, MOST_VALUES));
        for (FacetCount c : ordered.subList(MOST_VALUES, ordered.size())) if (chosen.contains(c.key())) out.add(c);
        return List.copyOf(out);
    }

    /** From a count field's value, "key␟label" ({@link TextIndexDefinition#LABEL_SEPARATOR}). */
    public static FacetCount of(String keyAndLabel, int count) {
        int sep = keyAndLabel.indexOf(TextIndexDefinition.LABEL_SEPARATOR);
        return new FacetCount(keyAndLabel.substring(0, sep), keyAndLabel.substring(sep + 1), count);
    }
}
