package vn.policykg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.policykg.build.BuildInputs;
import vn.policykg.build.StoreBuilder;
import vn.policykg.source.Corpus;

/** One store built from the real data/ per test JVM, in a temporary directory, opened read-only by tests. */
public final class BuiltStore {

    public static final String BASE = "http://localhost:8080/";
    private static StoreLayout layout;

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
}
