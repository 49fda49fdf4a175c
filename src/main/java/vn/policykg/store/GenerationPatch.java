package vn.policykg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchConst;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesApply;
import org.apache.jena.rdfpatch.changes.RDFChangesCollector;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

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

    /** From {@code before} (generation {@code previousId}; null before the first) to {@code after} ({@code id}). */
    public static RDFPatch between(Graph before, Graph after, String id, String previousId) {
        RDFChangesCollector changes = new RDFChangesCollector();
        changes.header(RDFPatchConst.ID, generation(id));
        if (previousId != null) changes.header(RDFPatchConst.PREV, generation(previousId));
        changes.txnBegin();
        if (before != null)
            before.find().forEachRemaining(t -> {
                if (!after.contains(t)) changes.delete(null, t.getSubject(), t.getPredicate(), t.getObject());
            });
        after.find().forEachRemaining(t -> {
            if (before == null || !before.contains(t))
                changes.add(null, t.getSubject(), t.getPredicate(), t.getObject());
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
        Graph before = previous != null && Files.isRegularFile(previous) ? readDump(previous) : null;
        try (OutputStream out =
                new GZIPOutputStream(Files.newOutputStream(dir.resolve(DumpFiles.CHANGES.fileName())))) {
            RDFPatchOps.write(out, between(before, after, id, before == null ? null : previousId));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the patch in " + dir, e);
        }
    }

    /** The patch a generation's dumps hold. */
    public static RDFPatch read(Path dumpsDir) {
        try (InputStream in =
                new GZIPInputStream(Files.newInputStream(dumpsDir.resolve(DumpFiles.CHANGES.fileName())))) {
            return RDFPatchOps.collect(RDFPatchOps.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the patch in " + dumpsDir, e);
        }
    }

    private static Graph readDump(Path nquads) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(nquads))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the previous generation's dump " + nquads, e);
        }
        return g;
    }
}
