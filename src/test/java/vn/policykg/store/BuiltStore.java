package vn.policykg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;
import vn.policykg.build.BuildInputs;
import vn.policykg.build.StoreBuilder;
import vn.policykg.source.Corpus;

/**
 * What tests share, once per test JVM: the base IRI every test builds with, the graph the real data/
 * assembles to, and a store built from it in a temporary directory, opened read-only by tests.
 */
public final class BuiltStore {

    /** The base IRI of every test build; the one place it is written. */
    public static final String BASE = "http://localhost:8080/";

    private static StoreLayout layout;
    private static Model seedGraph;

    private BuiltStore() {}

    public static synchronized StoreLayout layout() {
        if (layout == null) {
            try {
                Path dir = Files.createTempDirectory("policykg-store-");
                layout = new StoreLayout(dir);
                new StoreBuilder(layout).build(new BuildInputs(Corpus.DATA, BASE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return layout;
    }

    /** The graph data/ assembles to (StoreBuilder.assemble), read-only: copy it to change it. */
    public static synchronized Model seedGraph() {
        if (seedGraph == null)
            seedGraph = ModelFactory.createModelForGraph(
                    new GraphReadOnly(StoreBuilder.assemble(new BuildInputs(Corpus.DATA, BASE))
                            .graph()
                            .getGraph()));
        return seedGraph;
    }
}
