package vn.policykg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * One store generation opened for use: its TDB2 database with its Lucene text index attached. A text
 * index that is missing, damaged or out of date is rebuilt from the TDB2 graph first ({@link TextIndexCheck}).
 */
public final class OpenedGeneration implements AutoCloseable {

    private final StoreLayout.Generation generation;
    private final DatasetGraph tdb;
    private final VietnameseTextIndex textIndex;
    private final Dataset dataset;
    private final boolean textIndexRebuilt;
    /** Counted once: a served generation never changes. */
    private volatile long tripleCount = -1;

    private OpenedGeneration(
            StoreLayout.Generation generation, DatasetGraph tdb, VietnameseTextIndex textIndex, boolean rebuilt) {
        this.generation = generation;
        this.tdb = tdb;
        this.textIndex = textIndex;
        this.textIndexRebuilt = rebuilt;
        this.dataset = DatasetFactory.wrap(TextDatasetFactory.create(tdb, textIndex, false));
    }

    /** Opens the TDB2 database and the text index of {@code generation}, repairing the index if needed. */
    public static OpenedGeneration open(StoreLayout.Generation generation) {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(generation.tdbDir().toString());
        try {
            boolean rebuilt = TextIndexCheck.repair(DatasetFactory.wrap(tdb), generation.textDir());
            return new OpenedGeneration(generation, tdb, VietnameseTextIndex.open(generation.textDir()), rebuilt);
        } catch (IOException e) {
            TDBInternal.expel(tdb);
            throw new UncheckedIOException("Cannot open the text index in " + generation.textDir(), e);
        } catch (RuntimeException e) {
            TDBInternal.expel(tdb);
            throw e;
        }
    }

    public StoreLayout.Generation generation() {
        return generation;
    }

    /** The dataset to query, {@code text:query} included; it is read-only. */
    public Dataset dataset() {
        return dataset;
    }

    /** Triples in the default graph. */
    public long tripleCount() {
        if (tripleCount < 0)
            tripleCount =
                    Txn.calculateRead(dataset, () -> dataset.getDefaultModel().size());
        return tripleCount;
    }

    /** Read and write transactions open on this generation right now. */
    public long activeTransactions() {
        return TDBInternal.getTransactionCoordinator(tdb).countActive();
    }

    public VietnameseTextIndex textIndex() {
        return textIndex;
    }

    /** Whether opening found the text index unusable and wrote it again. */
    public boolean textIndexRebuilt() {
        return textIndexRebuilt;
    }

    @Override
    public void close() {
        dataset.close();
        textIndex.close();
        TDBInternal.expel(tdb);
    }
}
