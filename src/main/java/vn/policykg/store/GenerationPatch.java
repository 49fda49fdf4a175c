package vn.policykg.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.PatchHeader;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchConst;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesApply;
import org.apache.jena.rdfpatch.changes.RDFChangesCollector;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * The step from one store generation to the next as an RDF Patch (Jena's jena-rdfpatch): a header naming the
 * generation ({@code id}) and the one it follows ({@code prev}, absent for a first generation), then, in one
 * transaction, the triples the step removes and those it adds. A build writes it beside the dumps
 * ({@link DumpFiles#CHANGES}); a copy of the previous generation that applies it holds the new one.
 */
public final class GenerationPatch {

    private static final String GENERATION = "urn:policykg:generation:";

    private GenerationPatch() {}

    /** The header node naming a generation. */
    public static Node generation(String id) {
        return NodeFactory.createURI(GENERATION + id);
    }

    /**
     * The generation id a header node names ({@link RDFPatch#getId()}, {@link RDFPatch#getPrevious()}); null for
     * null. A node that names no generation is refused.
     */
    public static String generationId(Node header) {
        if (header == null) return null;
        String iri = header.isURI() ? header.getURI() : "";
        if (!iri.startsWith(GENERATION) || iri.length() == GENERATION.length())
            throw new IllegalArgumentException("The patch header " + header + " names no store generation");
        return iri.substring(GENERATION.length());
    }

    /** What a previous generation holds, fed triple by triple to a sink; not held in memory as a whole. */
    @FunctionalInterface
    public interface Triples {
        void feed(Consumer<Triple> sink);

        static Triples of(Graph graph) {
            return sink -> graph.find().forEachRemaining(sink);
        }
    }

    /**
     * From {@code before} (generation {@code previousId}; null: there is none) to {@code after} (generation
     * {@code id}). {@code before} is read once: a triple {@code after} lacks is kept as a removal, every other one
     * as {@code after}'s own copy (an in-memory graph's find gives back the triple it stores), so the previous
     * generation is never held in memory and nothing is digested or formatted.
     */
    public static RDFPatch between(Triples before, Graph after, String id, String previousId) {
        List<Triple> removed = new ArrayList<>();
        Set<Triple> held = new HashSet<>();
        if (before != null)
            before.feed(t -> {
                ExtendedIterator<Triple> same = after.find(t);
                try {
                    if (same.hasNext()) held.add(same.next());
                    else removed.add(t);
                } finally {
                    same.close();
                }
            });
        RDFChangesCollector changes = new RDFChangesCollector();
        changes.header(RDFPatchConst.ID, generation(id));
        if (previousId != null) changes.header(RDFPatchConst.PREV, generation(previousId));
        changes.txnBegin();
        removed.forEach(t -> changes.delete(null, t.getSubject(), t.getPredicate(), t.getObject()));
        after.find().forEachRemaining(t -> {
            if (!held.contains(t)) changes.add(null, t.getSubject(), t.getPredicate(), t.getObject());
        });
        changes.txnCommit();
        return changes.getRDFPatch();
    }

    /**
     * Applies {@code patch} to the default graph of {@code target} in one write transaction, and only if it follows
     * generation {@code current} (null: the patch must be a first generation's). A patch that fails part-way leaves
     * {@code target} as it was.
     */
    public static void apply(RDFPatch patch, DatasetGraph target, String current) {
        Node expected = current == null ? null : generation(current);
        Node previous = patch.getPrevious();
        if (previous == null ? expected != null : !previous.equals(expected))
            throw new IllegalStateException("The patch of " + patch.getId() + " follows "
                    + (previous == null ? "no generation" : previous) + ", not "
                    + (expected == null ? "an empty store" : expected));
        Txn.executeWrite(
                target,
                () -> patch.apply(new RDFChangesApply(target) {
                    // The transaction is ours, around the whole patch; the patch's own TX/TC lines are not obeyed.
                    @Override
                    public void txnBegin() {}

                    @Override
                    public void txnCommit() {}

                    @Override
                    public void txnAbort() {
                        throw new IllegalStateException("The patch of " + patch.getId() + " ends in an abort");
                    }
                }));
    }

    /**
     * Writes the step to {@code after} (generation {@code id}) into {@code dir}: from the generation whose dumps are
     * in {@code previousDumps}, or, with no previous generation or none with a dump, a first generation's patch.
     */
    static void write(Path previousDumps, String previousId, Graph after, String id, Path dir) {
        Path previous = previousDumps == null ? null : previousDumps.resolve(DumpFiles.NQUADS.fileName());
        boolean follows = previous != null && Files.isRegularFile(previous);
        try (OutputStream out =
                new GZIPOutputStream(Files.newOutputStream(dir.resolve(DumpFiles.CHANGES.fileName())))) {
            RDFPatchOps.write(out, between(follows ? dump(previous) : null, after, id, follows ? previousId : null));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the patch in " + dir, e);
        }
    }

    /** The patch a generation's dumps hold. */
    public static RDFPatch read(Path dumpsDir) {
        try {
            return read(Files.readAllBytes(dumpsDir.resolve(DumpFiles.CHANGES.fileName())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the patch in " + dumpsDir, e);
        }
    }

    /** Only the header of a patch as {@link DumpFiles#CHANGES} holds it (gzip): which generation, after which. */
    public static PatchHeader header(byte[] gzip) {
        return fromGzip(gzip, RDFPatchOps::readHeader);
    }

    /** A patch as {@link DumpFiles#CHANGES} holds it (gzip); bytes that are not one are refused. */
    public static RDFPatch read(byte[] gzip) {
        return fromGzip(gzip, in -> RDFPatchOps.collect(RDFPatchOps.read(in)));
    }

    private static <T> T fromGzip(byte[] gzip, Function<InputStream, T> reader) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return reader.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a gzipped RDF Patch: " + e.getMessage(), e);
        }
    }

    /** The triples of a generation's N-Quads dump, parsed as they are fed. */
    private static Triples dump(Path nquads) {
        return sink -> {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(nquads))) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                    @Override
                    public void triple(Triple t) {
                        sink.accept(t);
                    }

                    @Override
                    public void quad(Quad q) {
                        sink.accept(q.asTriple());
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the previous generation's dump " + nquads, e);
            }
        };
    }
}
