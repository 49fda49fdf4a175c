package vn.policykg.build;

import java.nio.file.Path;

/**
 * What a build reads: the data directory (manifest.ttl and sources/) and the base of data IRIs.
 * The ontology is read from {@code ontologyFile}.
 */
public record BuildInputs(Path dataDir, Path ontologyFile, String baseIri) {

    /** The layout of a checkout: data/ with ontology/vnpolicy.ttl beside it. */
    public BuildInputs(Path dataDir, String baseIri) {
        this(dataDir, dataDir.toAbsolutePath().getParent().resolve("ontology/vnpolicy.ttl"), baseIri);
    }
}
