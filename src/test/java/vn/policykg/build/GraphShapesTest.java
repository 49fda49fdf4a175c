package vn.policykg.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.policykg.store.BuiltStore;
import vn.policykg.vocab.Vocab;

class GraphShapesTest {

    private static final Path SHAPES = Path.of("ontology/shapes.ttl");
    private static final String CLAUSE =
            "http://localhost:8080/eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030/sec_III__para_1.5";
    private static Model graph;

    @BeforeAll
    static void assemble() {
        graph = BuiltStore.seedGraph();
    }

    @Test
    void theWholeGraphConforms() {
        ValidationReport report = GraphShapes.validate(graph.getGraph(), SHAPES);
        report.getEntries().forEach(e -> System.out.println(e));
        assertThat(report.conforms()).isTrue();
    }

    @Test
    void brokenFactsAreReportedWithTheirNodes() {
        Model broken = ModelFactory.createDefaultModel().add(graph);
        // A deadline whose end has lost its date.
        Resource end = broken.getResource(CLAUSE + "/task/deadline/end");
        assertThat(end.hasProperty(Vocab.inXSDDate)).isTrue();
        end.removeAll(Vocab.inXSDDate);
        // A clause span that ends before it starts.
        Resource span = broken.getResource(CLAUSE + "#span");
        span.removeAll(Vocab.start)
                .addLiteral(Vocab.start, broken.createTypedLiteral("999999", XSDDatatype.XSDinteger));
        // A task with no body and no deadline.
        Resource task = broken.getResource(CLAUSE + "/task");
        task.removeAll(Vocab.lead)
                .removeAll(Vocab.coordinating)
                .removeAll(Vocab.directing)
                .removeAll(Vocab.deadline);

        ValidationReport report = GraphShapes.validate(broken.getGraph(), SHAPES);
        assertThat(report.conforms()).isFalse();
        assertThat(report.getEntries())
                .extracting(ReportEntry::focusNode)
                .extracting(Object::toString)
                .contains(end.getURI(), span.getURI(), task.getURI());
        assertThat(report.getEntries())
                .anyMatch(e -> e.focusNode().toString().equals(span.getURI())
                        && e.message().contains("starts at 0 or later and before its end"));
        Assertions.assertThatThrownBy(() -> GraphShapes.check(broken, SHAPES))
                .isInstanceOf(GraphShapes.Violations.class)
                .hasMessageContaining(task.getURI());
    }
}
