package vn.policykg.search;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import vn.policykg.store.TextIndexDefinition.Facet;

/**
 * The facet values of one index by ordinal, each named ("key␟label" read and split) the first time a search
 * answers it and kept: a generation's index never changes, and naming the values answered at every search was 3
 * to 4% of its CPU (JFR, on the seeds and at 10 times the shared corpus). Threads share it; two naming the same
 * value at once each store an equal, immutable one.
 */
final class FacetNames {

    private final IndexReader reader;
    private final Map<Facet, FacetCount[]> named = new EnumMap<>(Facet.class);

    FacetNames(IndexReader reader) throws IOException {
        this.reader = reader;
        for (Facet f : Facet.values())
            named.put(f, new FacetCount[Math.toIntExact(values(f).getValueCount())]);
    }

    /**
     * The values of {@code f} with ordinals across the whole index ({@code MultiDocValues}: for an index in one
     * segment, as a generation is written, that segment's own; for more, a map of their ordinals built here, the
     * same at every call on the same reader).
     */
    SortedSetDocValues values(Facet f) throws IOException {
        SortedSetDocValues dv = MultiDocValues.getSortedSetValues(reader, f.countField());
        return dv == null ? DocValues.emptySortedSet() : dv;
    }

    /** The value of {@code f} at {@code ord} with {@code count} hits, named from {@code values} if not yet. */
    FacetCount counted(Facet f, SortedSetDocValues values, int ord, long count) throws IOException {
        FacetCount[] names = named.get(f);
        FacetCount name = names[ord];
        if (name == null)
            names[ord] = name = FacetCount.of(values.lookupOrd(ord).utf8ToString(), 0);
        return new FacetCount(name.key(), name.label(), Math.toIntExact(count));
    }
}
