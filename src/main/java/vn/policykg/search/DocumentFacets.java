package vn.policykg.search;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.index.SortedSetDocValues;
import vn.policykg.store.TextIndexDefinition.Facet;

/**
 * Each document's values of the facets {@link Facet#ofTheDocument() of the document} (its type, province, issuer,
 * year), by ordinal, read from the first of its passages a search counts and kept for the index: every passage of
 * a document has the same ones, and at 10 times the shared corpus a common phrase's hits span thousands of
 * documents, whose values read again at every search were half of counting facets (JFR of the served process).
 * Threads share it; two reading the same document at once each store an equal, immutable copy.
 */
final class DocumentFacets {

    /** A document's value ordinals; a record, so a thread that sees one sees its array filled. */
    private record Values(int[] ords) {}

    private static final Values NONE = new Values(new int[0]);

    private final Map<Facet, Values[]> known = new EnumMap<>(Facet.class);

    /** For the index whose values {@code names} names: its documents are the values of {@link Facet#DOCUMENT}. */
    DocumentFacets(FacetNames names) throws IOException {
        int documents = Math.toIntExact(names.values(Facet.DOCUMENT).getValueCount());
        for (Facet f : Facet.values()) if (f.ofTheDocument()) known.put(f, new Values[documents]);
    }

    /**
     * The ordinals of {@code f}'s values of {@code document}, read at {@code passage} (one of its passages) from
     * {@code values} if not yet known. As with any doc values, the passages asked of one {@code values} must
     * ascend.
     */
    int[] of(Facet f, int document, int passage, SortedSetDocValues values) throws IOException {
        Values[] byDocument = known.get(f);
        Values v = byDocument[document];
        if (v == null) {
            v = NONE;
            if (values.advanceExact(passage)) {
                int[] ords = new int[values.docValueCount()];
                for (int i = 0; i < ords.length; i++) ords[i] = (int) values.nextOrd();
                v = new Values(ords);
            }
            byDocument[document] = v;
        }
        return v.ords();
    }
}
