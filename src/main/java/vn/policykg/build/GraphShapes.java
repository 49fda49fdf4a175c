package vn.policykg.build;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import vn.policykg.source.TurtleFile;

/** The SHACL shapes of ontology/shapes.ttl, and the check the build runs before publishing a store. */
public final class GraphShapes {

    public static final String FILE_NAME = "shapes.ttl";
    private static final int SHOWN = 10;

    private GraphShapes() {}

    /** Thrown when the graph does not conform; the message lists the first violations. */
    public static final class Violations extends RuntimeException {
        private final transient ValidationReport report;

        Violations(ValidationReport report, String message) {
            super(message);
            this.report = report;
        }

        public ValidationReport report() {
            return report;
        }
    }

    public static ValidationReport validate(Graph data, Path shapesFile) {
        Graph shapesGraph = TurtleFile.read(
                        shapesFile, "SHACL shapes file", shapesFile.toUri().toString())
                .getGraph();
        return ShaclValidator.get().validate(Shapes.parse(shapesGraph), data);
    }

    /** Validates and throws {@link Violations} naming focus node, path and message of each violation shown. */
    public static void check(Model graph, Path shapesFile) {
        ValidationReport report = validate(graph.getGraph(), shapesFile);
        if (report.conforms()) return;
        List<ReportEntry> entries = List.copyOf(report.getEntries());
        StringBuilder msg = new StringBuilder(
                "The graph does not conform to " + shapesFile + ": " + entries.size() + " violation(s)");
        for (ReportEntry e : entries.subList(0, Math.min(SHOWN, entries.size())))
            msg.append("\n  ")
                    .append(e.focusNode())
                    .append(" ")
                    .append(e.resultPath())
                    .append(": ")
                    .append(e.message());
        throw new Violations(report, msg.toString());
    }
}
