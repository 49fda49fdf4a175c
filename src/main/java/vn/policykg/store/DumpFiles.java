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
    public static final List<Dump> ALL = List.of(TURTLE, NQUADS);

    private DumpFiles() {}

    public static void write(Model graph, Path dir) {
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
