package vn.policykg.build;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What a build reads: the data directory (manifest.ttl, sources/, indicators.ttl), the ontology, the base
 * of data IRIs, and the corpus folders whose every supported file joins the graph with metadata read from
 * the file itself ({@code policykg.corpus-dirs}).
 */
public record BuildInputs(Path dataDir, Path ontologyFile, String baseIri, List<Path> corpusDirs) {

    public BuildInputs {
        corpusDirs = List.copyOf(corpusDirs);
    }

    /** The layout of a checkout: data/ with ontology/vnpolicy.ttl beside it, no corpus folders. */
    public BuildInputs(Path dataDir, String baseIri) {
        this(dataDir, baseIri, List.of());
    }

    public BuildInputs(Path dataDir, String baseIri, List<Path> corpusDirs) {
        this(dataDir, dataDir.toAbsolutePath().getParent().resolve("ontology/vnpolicy.ttl"), baseIri, corpusDirs);
    }

    /** "a,b , c" → the folders a, b and c; blank → none. */
    public static List<Path> corpusDirs(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) return List.of();
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(Path::of)
                .toList();
    }

    /** What the inputs are, in words a later start can compare: the store is rebuilt when they change. */
    public String describe() {
        return "data=" + dataDir.toAbsolutePath().normalize() + "\nbase=" + baseIri + "\ncorpus="
                + String.join(
                        ",",
                        corpusDirs.stream()
                                .map(p -> p.toAbsolutePath().normalize().toString())
                                .toList()) + "\n";
    }
}
