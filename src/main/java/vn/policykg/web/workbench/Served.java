package vn.policykg.web.workbench;

import org.springframework.stereotype.Component;

import vn.policykg.web.PolicyKgProperties;

/** Where a data IRI is served: the IRI minus the configured base (an IRI under no base is kept as it is). */
@Component
public class Served {

    private final String base;

    public Served(PolicyKgProperties props) {
        this.base = props.baseIri();
    }

    public String base() {
        return base;
    }

    public String path(String iri) {
        return iri != null && iri.startsWith(base) ? "/" + iri.substring(base.length()) : iri;
    }
}
