package vn.policykg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** The whole graph as downloadable files, written by every build into its generation (gzip). */
public final class DumpFiles {

    /** One dump file: its name and the media type of what is inside the gzip. */
    public record Dump(String fileName, String mediaType) {}

    public static final Dump TURTLE = new Dump("policy-kg.ttl.gz", "text/turtle");
    public static final Dump NQUADS = new Dump("policy-kg.nq.gz", "application/n-quads");
    /** The whole graph, in each format. */
    public static final List<Dump> ALL = List.of(TURTLE, NQUADS);

    /** The step from the previous generation ({@link GenerationPatch}): not the whole graph, so not in {@link #ALL}. */
    public static final Dump CHANGES = new Dump("policy-kg.changes.rdfp.gz", "application/rdf-patch");

    /** Every file a generation's dumps folder serves. */
    public static final List<Dump> SERVED = List.of(TURTLE, NQUADS, CHANGES);

    /** The response header naming the generation a served dump belongs to (a replica bootstraps from it). */
    public static final String GENERATION_HEADER = "X-Generation";

    private DumpFiles() {}

    /**
     * Writes the dumps of {@code gen}, whose graph is {@code graph}: the whole graph in each format, and the step
     * from {@code previous} (null: none) as a patch.
     */
    public static void write(Model graph, StoreLayout.Generation gen, StoreLayout.Generation previous) {
        writeGraph(graph, gen);
        GenerationPatch.write(
                previous == null ? null : previous.dumpsDir(),
                previous == null ? null : previous.id(),
                graph.getGraph(),
                gen.id(),
                gen.dumpsDir());
    }

    /** Writes the whole graph of {@code gen} in each format ({@link #ALL}); the caller writes the step, if any. */
    public static void writeGraph(Model graph, StoreLayout.Generation gen) {
        Path dir = gen.dumpsDir();
        try {
            Files.createDirectories(dir);
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(TURTLE.fileName())))) {
                // Blocks of one subject each: readable, and written in one pass without the pretty writer's analysis.
                RDFDataMgr.write(out, graph, RDFFormat.TURTLE_BLOCKS);
            }
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(NQUADS.fileName())))) {
                RDFDataMgr.write(out, DatasetGraphFactory.wrap(graph.getGraph()), RDFFormat.NQUADS_UTF8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the dumps in " + dir, e);
        }
    }
}
