package vn.policykg.web.facts;

import java.util.List;
import org.apache.jena.rdf.model.Property;

/** What a task and a target have in common as the store holds them: where they are stated and who is named. */
public interface StoredFact {

    String iri();

    String document();

    /** Code of the jurisdiction: the document's for a task, the target's area for a target; null if unknown. */
    String province();

    List<BodyInRole> bodies();

    default boolean names(String body) {
        return bodies().stream().anyMatch(b -> b.iri().equals(body));
    }

    default List<BodyInRole> inRole(Property role) {
        return bodies().stream().filter(b -> b.role().equals(role)).toList();
    }
}
