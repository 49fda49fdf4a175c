package vn.policykg.store;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.FSDirectory;

/** One store generation opened for use: its TDB2 database with its Lucene text index attached. */
public final class OpenedGeneration implements AutoCloseable {

    private final StoreLayout.Generation generation;
    private final DatasetGraph tdb;
    private final TextIndex textIndex;
    private final Dataset dataset;
    /** Counted once: a served generation never changes. */
    private volatile long tripleCount = -1;

    private OpenedGeneration(StoreLayout.Generation generation, DatasetGraph tdb, TextIndex textIndex) {
        this.generation = generation;
        this.tdb = tdb;
        this.textIndex = textIndex;
        this.dataset = DatasetFactory.wrap(TextDatasetFactory.create(tdb, textIndex, true));
    }

    /** Opens (creating if empty) the TDB2 database and text index of {@code generation}. */
    public static OpenedGeneration open(StoreLayout.Generation generation) {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(generation.tdbDir().toString());
        try {
            TextIndexConfig config = new TextIndexConfig(TextIndexDefinition.entityDefinition());
            config.setValueStored(true);
            TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(generation.textDir()), config);
            return new OpenedGeneration(generation, tdb, index);
        } catch (IOException e) {
            tdb.close();
            throw new UncheckedIOException("Cannot open the text index in " + generation.textDir(), e);
        }
    }

    public StoreLayout.Generation generation() {
        return generation;
    }

    /** The text-indexed dataset: writes through it also update the index. */
    public Dataset dataset() {
        return dataset;
    }

    /** Triples in the default graph. */
    public long tripleCount() {
        if (tripleCount < 0)
            tripleCount = Txn.calculateRead(dataset, () -> dataset.getDefaultModel().size());
        return tripleCount;
    }

    /** Read and write transactions open on this generation right now. */
    public long activeTransactions() {
        return TDBInternal.getTransactionCoordinator(tdb).countActive();
    }

    @Override
    public void close() {
        dataset.close();
        textIndex.close();
        TDBInternal.expel(tdb);
    }
}
