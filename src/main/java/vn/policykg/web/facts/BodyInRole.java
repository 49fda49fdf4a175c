package vn.policykg.web.facts;

import java.util.List;
import org.apache.jena.rdf.model.Property;
import vn.policykg.vocab.Vocab;

/** A body a task or target names in a role: one of {@link #ROLES}, the property that names it. */
public record BodyInRole(Property role, String iri, String label) {

    /** The roles, in the order pages and exports list them. */
    public static final List<Property> ROLES = List.of(Vocab.lead, Vocab.coordinating, Vocab.directing);
}
