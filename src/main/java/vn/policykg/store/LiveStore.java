package vn.policykg.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
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

    /**
     * Rows of a SELECT over the served generation, with {@code bindings} substituted for their variables
     * before execution (so values from a request never become query text). Read in one transaction and
     * copied out, so the caller may use them after a swap.
     */
    public List<QuerySolution> select(String sparql, Map<String, ? extends RDFNode> bindings) {
        Dataset ds = dataset();
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = execution(ds, sparql, bindings)) {
                return ResultSetFormatter.toList(qe.execSelect());
            }
        });
    }

    /** The graph a CONSTRUCT or DESCRIBE query gives, bindings as in {@link #select} (a DESCRIBE needs a WHERE, even empty). */
    public Model graph(String sparql, Map<String, ? extends RDFNode> bindings) {
        Dataset ds = dataset();
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = execution(ds, sparql, bindings)) {
                return qe.getQuery().isDescribeType() ? qe.execDescribe() : qe.execConstruct();
            }
        });
    }

    private static QueryExecution execution(Dataset ds, String sparql, Map<String, ? extends RDFNode> bindings) {
        var builder = QueryExecution.dataset(ds).query(sparql);
        bindings.forEach(builder::substitution);
        return builder.build();
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
