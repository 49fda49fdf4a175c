package vn.policykg.extract;

import java.util.ArrayList;
import java.util.List;

import vn.policykg.source.Manifest;

/** What the build prints about the extraction of one document: counts per kind, and what it could not place. */
public final class ExtractionReport {

    private ExtractionReport() {}

    public static List<String> lines(Manifest.Entry entry, DocumentFacts facts, IndicatorScheme indicators) {
        List<String> out = new ArrayList<>();
        long roles = facts.tasks().stream().mapToLong(t -> t.roles().size()).sum();
        long deadlines = facts.tasks().stream().filter(t -> t.deadline() != null).count();
        out.add(String.format("  extracted: %d citations, %d tasks, %d body roles, %d deadlines, %d targets, %d budget lines",
                              facts.citations().size(), facts.tasks().size(), roles, deadlines, facts.targets().size(), facts.budget().size()));
        for (Target t : facts.targets())
            if (indicators.match(t) == null)
                out.add("  indicator not in " + IndicatorScheme.FILE_NAME + ": " + t.clause().numberPath() + " '" + t.indicator() + "' (" + t.unit() + ")");
        for (Citation c : facts.citations()) {
            if (c.correction() != null)
                out.add("  corrected " + c.clause().numberPath() + ": " + c.correction());
            if (c.uncertain() != null)
                out.add("  uncertain " + c.clause().numberPath() + ": " + c.uncertain());
        }
        return out;
    }
}
