package vn.policykg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.PatchHeader;
import org.apache.jena.rdfpatch.RDFChanges;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykg.vocab.Vocab;

/**
 * The step between two generations of the seed graph as an RDF Patch, applied to a TDB2 database on disk holding
 * the older one: the newer one results; a patch for another generation, or one that fails part-way, changes nothing.
 */
class GenerationPatchTest {

    /** The seed graph as it would have been before its last document (by IRI) was added. */
    private static Graph withoutLastDocument(Graph after, String[] removed) {
        String doc = BuiltStore.seedGraph().listSubjectsWithProperty(Vocab.sourceText).toList().stream()
                .map(r -> r.getURI())
                .max(Comparator.naturalOrder())
                .orElseThrow();
        removed[0] = doc;
        Graph before = GraphFactory.createDefaultGraph();
        after.find().forEachRemaining(t -> {
            if (!(t.getSubject().isURI() && t.getSubject().getURI().startsWith(doc))) before.add(t);
        });
        return before;
    }

    private static DatasetGraph tdbWith(Path dir, Graph graph) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        Txn.executeWrite(dsg, () -> graph.find().forEachRemaining(dsg.getDefaultGraph()::add));
        return dsg;
    }

    /** Every triple of the default graph, written out. */
    private static Set<String> triples(DatasetGraph dsg) {
        Set<String> out = new HashSet<>();
        Txn.executeRead(dsg, () -> dsg.getDefaultGraph().find().forEachRemaining(t -> out.add(t.toString())));
        return out;
    }

    private static long size(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> (long) dsg.getDefaultGraph().size());
    }

    @Test
    void aCopyOfTheOldGenerationThatAppliesThePatchHoldsTheNewOne(@TempDir Path dir) {
        Graph after = BuiltStore.seedGraph().getGraph();
        String[] added = new String[1];
        Graph before = withoutLastDocument(after, added);
        assertThat(before.size()).isLessThan(after.size());
        RDFPatch patch = GenerationPatch.between(GenerationPatch.Triples.of(before), after, "g2", "g1");
        // Through its text form, as a replica would receive it.
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        RDFPatchOps.write(text, patch);
        RDFPatch received = RDFPatchOps.read(new ByteArrayInputStream(text.toByteArray()));
        assertThat(received.getId()).isEqualTo(GenerationPatch.generation("g2"));
        assertThat(RDFPatchOps.summary(received).getCountAddData()).isEqualTo(after.size() - before.size());

        DatasetGraph replica = tdbWith(dir.resolve("replica"), before);
        GenerationPatch.apply(received, replica, "g1");
        // Compared with the new generation as the writer's TDB2 holds it (TDB2 keeps numbers and dates as values).
        DatasetGraph writer = tdbWith(dir.resolve("writer"), after);
        assertThat(triples(replica)).hasSize(after.size()).isEqualTo(triples(writer));
        Node title = Txn.calculateRead(
                replica,
                () -> replica.getDefaultGraph()
                        .find(NodeFactory.createURI(added[0]), Vocab.title.asNode(), Node.ANY)
                        .next()
                        .getObject());
        assertThat(title.getLiteralLexicalForm()).isNotBlank();
    }

    @Test
    void aPatchThatDoesNotFollowTheServedGenerationIsRefusedAndChangesNothing(@TempDir Path dir) {
        Graph after = BuiltStore.seedGraph().getGraph();
        Graph before = withoutLastDocument(after, new String[1]);
        DatasetGraph replica = tdbWith(dir, before);
        RDFPatch patch = GenerationPatch.between(GenerationPatch.Triples.of(before), after, "g3", "g2");
        assertThatThrownBy(() -> GenerationPatch.apply(patch, replica, "g1"))
                .hasMessageContaining("urn:policykg:generation:g2")
                .hasMessageContaining("urn:policykg:generation:g1");
        assertThat(size(replica)).isEqualTo(before.size());
    }

    @Test
    void aPatchThatFailsPartWayLeavesTheStoreAsItWas(@TempDir Path dir) {
        Graph after = BuiltStore.seedGraph().getGraph();
        Graph before = withoutLastDocument(after, new String[1]);
        DatasetGraph replica = tdbWith(dir, before);
        Set<String> held = triples(replica);
        RDFPatch whole = GenerationPatch.between(GenerationPatch.Triples.of(before), after, "g2", "g1");
        // The same changes, cut off by a failure after the first hundred additions (a stream broken in transit).
        RDFPatch broken = new RDFPatch() {
            @Override
            public PatchHeader header() {
                return whole.header();
            }

            @Override
            public void apply(RDFChanges changes) {
                int[] added = {0};
                whole.apply(new RDFChangesWrapper(changes) {
                    @Override
                    public void add(Node g, Node s, Node p, Node o) {
                        if (++added[0] > 100) throw new IllegalStateException("connection reset");
                        super.add(g, s, p, o);
                    }
                });
            }

            @Override
            public boolean repeatable() {
                return false;
            }
        };
        assertThatThrownBy(() -> GenerationPatch.apply(broken, replica, "g1")).hasMessageContaining("connection reset");
        assertThat(size(replica)).isEqualTo(before.size());
        Txn.executeRead(
                replica,
                () -> before.find()
                        .forEachRemaining(
                                t -> assertThat(replica.getDefaultGraph().contains(t))
                                        .isTrue()));
    }

    @Test
    void aTermWithTheWordsOfAHeldOneButAnotherKindLanguageOrDatatypeIsAdded() {
        Node s = NodeFactory.createURI("http://localhost:8080/id/target/1");
        Node p = Vocab.indicatorWords.asNode();
        Graph before = GraphFactory.createDefaultGraph();
        before.add(s, p, NodeFactory.createLiteralDT("12", XSDDatatype.XSDint));
        before.add(s, p, NodeFactory.createLiteralLang("tỷ lệ hộ nghèo", "vi"));
        before.add(s, p, NodeFactory.createLiteralString("http://localhost:8080/id/body/1"));
        Graph after = GraphFactory.createDefaultGraph();
        before.find().forEachRemaining(after::add);
        after.add(s, p, NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger));
        after.add(s, p, NodeFactory.createLiteralLang("tỷ lệ hộ nghèo", "en"));
        after.add(s, p, NodeFactory.createLiteralString("tỷ lệ hộ nghèo"));
        after.add(s, p, NodeFactory.createURI("http://localhost:8080/id/body/1"));

        // None of the four may pass for the held one it resembles.
        RDFPatch patch = GenerationPatch.between(GenerationPatch.Triples.of(before), after, "g2", "g1");
        assertThat(RDFPatchOps.summary(patch).getCountDeleteData()).isZero();
        assertThat(RDFPatchOps.summary(patch).getCountAddData()).isEqualTo(4);
    }
}
