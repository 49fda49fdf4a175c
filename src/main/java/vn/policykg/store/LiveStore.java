package vn.policykg.store;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The store the service is serving right now: one opened generation (TDB2 + text index).
 * Readers always see a whole generation; {@link #swap} replaces it atomically for later readers.
 */
public final class LiveStore implements AutoCloseable {

    private final AtomicReference<OpenedGeneration> current = new AtomicReference<>();

    /** The generation served now, or null before the first one is opened. */
    public OpenedGeneration current() {
        return current.get();
    }

    public boolean isReady() {
        return current.get() != null;
    }

    /** The dataset to query; the text index is attached, so {@code text:query} works. */
    public Dataset dataset() {
        OpenedGeneration gen = current.get();
        if (gen == null)
            throw new IllegalStateException("The store is not loaded yet");
        return gen.dataset();
    }

    public DatasetGraph datasetGraph() {
        return dataset().asDatasetGraph();
    }

    /** Triples in the default graph, counted in a read transaction. */
    public long size() {
        Dataset ds = dataset();
        return Txn.calculateRead(ds, () -> ds.getDefaultModel().size());
    }

    /** Serve {@code next} from now on; returns the generation it replaced (the caller closes it). */
    public OpenedGeneration swap(OpenedGeneration next) {
        return current.getAndSet(Objects.requireNonNull(next));
    }

    @Override
    public void close() {
        OpenedGeneration gen = current.getAndSet(null);
        if (gen != null)
            gen.close();
    }
}
