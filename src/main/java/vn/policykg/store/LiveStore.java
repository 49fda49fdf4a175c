package vn.policykg.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store the service is serving right now: one opened generation (TDB2 + text index).
 * Readers always see a whole generation; {@link #swap} replaces it atomically for later readers, and
 * {@link #replace} also closes the old one once the readers that still hold it are done.
 */
public final class LiveStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveStore.class);
    /** A retiring generation is closed at the latest after this, even if a reader never finished. */
    private static final Duration RETIRE_AT_MOST = Duration.ofMinutes(10);

    /** More than the service's own query texts (the pages', the workbench's, queries/); any beyond are parsed again. */
    private static final int PARSED_QUERIES = 512;

    private final AtomicReference<OpenedGeneration> current = new AtomicReference<>();
    private final List<Consumer<OpenedGeneration>> swapListeners = new CopyOnWriteArrayList<>();
    /**
     * Query texts parsed once: the pages send the same few texts at every request, and parsing them took a fifth
     * of a page's time. A parsed query is only read (bindings go into a copy), so threads share it.
     */
    private final Cache<String, Query> parsed = CacheFactory.createCache(PARSED_QUERIES);

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
        if (gen == null) throw new IllegalStateException("The store is not loaded yet");
        return gen.dataset();
    }

    public DatasetGraph datasetGraph() {
        return dataset().asDatasetGraph();
    }

    /** Triples in the default graph of the served generation (counted once per generation). */
    public long size() {
        OpenedGeneration gen = current.get();
        if (gen == null) throw new IllegalStateException("The store is not loaded yet");
        return gen.tripleCount();
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

    private QueryExecution execution(Dataset ds, String sparql, Map<String, ? extends RDFNode> bindings) {
        Query query = parsed.get(sparql, LiveStore::parse);
        // Bindings are substituted into a copy; without any, the execution gets a copy of its own.
        var builder = QueryExecution.dataset(ds).query(bindings.isEmpty() ? query.cloneQuery() : query);
        bindings.forEach(builder::substitution);
        return builder.build();
    }

    /** Parsed with its result variables worked out, so executions sharing it never change it. */
    private static Query parse(String sparql) {
        Query query = QueryFactory.create(sparql);
        query.setResultVars();
        return query;
    }

    /** Called with every generation swapped in, e.g. to point the SPARQL engine at it. */
    public void onSwap(Consumer<OpenedGeneration> listener) {
        swapListeners.add(listener);
    }

    /** Serve {@code next} from now on; returns the generation it replaced (the caller closes it). */
    public OpenedGeneration swap(OpenedGeneration next) {
        OpenedGeneration old = current.getAndSet(Objects.requireNonNull(next));
        swapListeners.forEach(l -> l.accept(next));
        return old;
    }

    /**
     * Serve {@code next} from now on and close the replaced generation in the background once no
     * transaction is open on it. {@code grace} first covers readers that took the old dataset just
     * before the swap but have not begun their transaction yet (choose it longer than that gap, e.g.
     * the query timeout).
     */
    public void replace(OpenedGeneration next, Duration grace) {
        OpenedGeneration old = swap(next);
        if (old == null) return;
        Thread.ofVirtual().name("retire-" + old.generation().id()).start(() -> retire(old, grace));
    }

    private static void retire(OpenedGeneration old, Duration grace) {
        long deadline = System.nanoTime() + RETIRE_AT_MOST.toNanos();
        try {
            Thread.sleep(grace);
            while (old.activeTransactions() > 0 && System.nanoTime() < deadline) Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("Closing retired store generation {}", old.generation().id());
        old.close();
    }

    @Override
    public void close() {
        OpenedGeneration gen = current.getAndSet(null);
        if (gen != null) gen.close();
    }
}
