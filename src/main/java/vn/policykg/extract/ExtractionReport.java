package vn.policykg.extract;

import java.util.ArrayList;
import java.util.List;

import vn.policykg.source.Manifest;

/** What the build prints about the extraction of one document: counts per kind, and what it could not place. */
public final class ExtractionReport {

    private ExtractionReport() {}

    public static List<String> lines(Manifest.Entry entry, DocumentFacts facts) {
        List<String> out = new ArrayList<>();
        long roles = facts.tasks().stream().mapToLong(t -> t.roles().size()).sum();
        long deadlines = facts.tasks().stream().filter(t -> t.deadline() != null).count();
        out.add(String.format("  extracted: %d citations, %d tasks, %d body roles, %d deadlines, %d budget lines",
                              facts.citations().size(), facts.tasks().size(), roles, deadlines, facts.budget().size()));
        for (Citation c : facts.citations()) {
            if (c.correction() != null)
                out.add("  corrected " + c.clause().numberPath() + ": " + c.correction());
            if (c.uncertain() != null)
                out.add("  uncertain " + c.clause().numberPath() + ": " + c.uncertain());
        }
        return out;
    }
}
