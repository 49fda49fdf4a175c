package vn.policykg.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Facets as pages show them once a facet has hundreds of values: the first few (most hits first, or in the
 * facet's own order) in sight, the rest behind "more". A chosen value is always in sight, wherever its count
 * puts it, so it can be dropped.
 */
public final class FacetLinks {

    /** A facet value as a link: following it chooses the value, or drops it when it is chosen. */
    public record FacetLink(String label, long count, String href, boolean selected) {}

    /** A facet's name with its values in sight and those behind "more". */
    public record FacetGroup(String name, List<FacetLink> top, List<FacetLink> more) {}

    /** Values first shown: enough for a glance, few enough for a column. */
    public static final int SHOWN = 15;

    private FacetLinks() {}

    /** The group of {@code values} (in the order to show), cut after {@link #SHOWN}, chosen values from behind the cut brought to the front. */
    public static FacetGroup group(String name, List<FacetLink> values) {
        int cut = Math.min(SHOWN, values.size());
        List<FacetLink> top = new ArrayList<>(values.subList(0, cut));
        List<FacetLink> more = new ArrayList<>(values.subList(cut, values.size()));
        List<FacetLink> hidden = more.stream().filter(FacetLink::selected).toList();
        more.removeAll(hidden);
        top.addAll(0, hidden);
        return new FacetGroup(name, List.copyOf(top), List.copyOf(more));
    }
}
