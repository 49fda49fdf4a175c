package vn.policykg.replica;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.policykg.store.Concurrently;
import vn.policykg.store.DumpFiles;
import vn.policykg.store.GenerationPatch;
import vn.policykg.store.PublicationLog;
import vn.policykg.store.StoreLayout;
import vn.policykg.store.TextIndexWriter;

/**
 * Makes a replica's generations, each under its writer's id, and publishes them in the replica's own layout only
 * when complete (TDB2, text index, dumps, publication log), as a build does. A failure at any step discards the
 * half-made generation; the one served is never written.
 */
public final class ReplicaGenerations {

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaGenerations.class);

    private final StoreLayout layout;

    public ReplicaGenerations(StoreLayout layout) {
        this.layout = layout;
    }

    public StoreLayout layout() {
        return layout;
    }

    /** The writer's latest dump, loaded as a generation of its own. */
    public StoreLayout.Generation bootstrap(WriterDumps writer) {
        Path download = layout.root().resolve("bootstrap.nq.gz.part");
        try {
            Files.createDirectories(layout.root());
            String id = writer.download(download);
            StoreLayout.Generation gen = layout.newGeneration(id);
            complete(
                    gen,
                    null,
                    Instant.now(),
                    dataset -> Txn.executeWrite(dataset, () -> {
                        try (InputStream in = new GZIPInputStream(Files.newInputStream(download))) {
                            RDFParser.source(in).lang(Lang.NQUADS).parse(dataset.asDatasetGraph());
                        } catch (IOException e) {
                            throw new UncheckedIOException("Cannot read the writer's dump " + writer, e);
                        }
                    }),
                    null);
            return gen;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write in " + layout.root(), e);
        } finally {
            try {
                Files.deleteIfExists(download);
            } catch (IOException ignored) {
                // Replaced by the next bootstrap.
            }
        }
    }

    /**
     * The current generation with {@code patchGzip} applied (one TDB2 write transaction on a copy), published at
     * {@code at}, the time the writer published it.
     */
    public StoreLayout.Generation apply(byte[] patchGzip, Instant at) {
        StoreLayout.Generation current =
                layout.current().orElseThrow(() -> new IllegalStateException("No generation to apply a patch to"));
        RDFPatch patch = GenerationPatch.read(patchGzip);
        StoreLayout.Generation next = layout.newGeneration(GenerationPatch.generationId(patch.getId()));
        try {
            long start = System.nanoTime();
            copyDatabase(current.tdbDir(), next.tdbDir());
            LOG.info("Copied the database of {} in {} ms", current.id(), (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            layout.discard(next);
            throw e;
        }
        complete(
                next,
                current,
                at,
                dataset -> GenerationPatch.apply(patch, dataset.asDatasetGraph(), current.id()),
                patchGzip);
        return next;
    }

    /** Fills {@code gen}'s TDB2, writes what is read from it, then publishes it ({@link StoreLayout#complete}). */
    private void complete(
            StoreLayout.Generation gen,
            StoreLayout.Generation previous,
            Instant at,
            Consumer<Dataset> fill,
            byte[] changes) {
        long start = System.nanoTime();
        layout.complete(gen, dataset -> {
            fill.accept(dataset);
            long filled = System.nanoTime();
            long indexed = Concurrently.run(
                    () -> Txn.executeRead(dataset, () -> {
                        Model graph = dataset.getDefaultModel();
                        DumpFiles.writeGraph(graph, gen);
                        PublicationLog.write(gen, previous, PublicationLog.documents(graph), at);
                    }),
                    () -> {
                        TextIndexWriter.write(dataset, gen.textDir());
                        return System.nanoTime();
                    });
            if (changes != null) Files.write(gen.dumpsDir().resolve(DumpFiles.CHANGES.fileName()), changes);
            LOG.info(
                    "Generation {} made: database {} ms, then the text index {} ms, the dumps and log written"
                            + " meanwhile, finished {} ms later",
                    gen.id(),
                    (filled - start) / 1_000_000,
                    (indexed - filled) / 1_000_000,
                    (System.nanoTime() - indexed) / 1_000_000);
            return gen;
        });
    }

    /**
     * Copies a TDB2 database that is open for reading only (a served generation is never written, so its files
     * hold exactly its committed state), leaving out the lock files naming this process.
     */
    private static void copyDatabase(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else if (!f.getFileName().toString().equals("tdb.lock")) Files.copy(f, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the database " + from + " to " + to, e);
        }
    }
}
