package vn.policykg.web;

import org.springframework.stereotype.Component;
import vn.policykg.vocab.Vocab;

/**
 * Data IRI ↔ served path. A data IRI is served at itself minus the configured base; the ontology's
 * namespace (w3id.org, which we cannot serve) at {@code /def}, where a w3id redirect rule points.
 */
@Component
public class Addresses {

    /** The ontology's IRI: its namespace without the '#'. */
    public static final String ONTOLOGY = Vocab.NS.substring(0, Vocab.NS.length() - 1);

    public static final String ONTOLOGY_PATH = "/def";

    private final String base;

    public Addresses(PolicyKgProperties props) {
        this.base = props.baseIri();
    }

    public String base() {
        return base;
    }

    /** The path this service answers {@code iri} at ("/eli/…", "/def#lead"), or null when it is not ours. */
    public String path(String iri) {
        if (iri.startsWith(base)) return "/" + iri.substring(base.length());
        if (iri.startsWith(ONTOLOGY)) return ONTOLOGY_PATH + iri.substring(ONTOLOGY.length());
        return null;
    }

    /** Where a reader's link to {@code iri} should go: our page when we serve it, else the IRI itself. */
    public String href(String iri) {
        String path = path(iri);
        return path == null ? iri : path;
    }

    /** The IRI a served path (starting with '/') names. */
    public String iri(String path) {
        if (path.equals(ONTOLOGY_PATH) || path.startsWith(ONTOLOGY_PATH + "/"))
            return ONTOLOGY + path.substring(ONTOLOGY_PATH.length());
        return base + path.substring(1);
    }

    /** The canonical absolute address of a served path, under the base (sitemap, VoID). */
    public String absolute(String path) {
        return base + path.substring(1);
    }
}
