package vn.policykg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import vn.policykg.source.Clause;
import vn.policykg.source.Manifest;
import vn.policykg.source.ParsedDocument;
import vn.policykg.vocab.Vocab;

/** What the build prints about the extraction of one document: counts per kind, and what it could not place. */
public final class ExtractionReport {

    private ExtractionReport() {}

    /** Words that assign work: a clause holding them but yielding no task is reported. */
    private static final Pattern ROLE_WORDS =
            Pattern.compile("(?uU)chủ trì|Trách nhiệm (?:thực hiện|chỉ đạo)|Cơ quan chủ trì");

    public static List<String> lines(
            Manifest.Entry entry,
            ParsedDocument doc,
            DocumentFacts facts,
            IndicatorScheme indicators,
            BodyDirectory bodies) {
        List<String> out = new ArrayList<>();
        long roles = facts.tasks().stream().mapToLong(t -> t.roles().size()).sum();
        long deadlines =
                facts.tasks().stream().filter(t -> t.deadline() != null).count();
        out.add(String.format(
                "  extracted: %d citations, %d tasks, %d body roles, %d deadlines, %d targets, %d budget lines",
                facts.citations().size(),
                facts.tasks().size(),
                roles,
                deadlines,
                facts.targets().size(),
                facts.budget().size()));
        String jurisdiction = entry.document()
                .getPropertyResourceValue(Vocab.eliJurisdiction)
                .getProperty(Vocab.code)
                .getString();
        for (String name : unresolved(facts, bodies, jurisdiction))
            out.add("  body not in " + BodyDirectory.FILE_NAME + ": " + name);
        for (Target t : facts.targets())
            if (indicators.match(t) == null)
                out.add("  indicator not in " + IndicatorScheme.FILE_NAME + ": "
                        + t.clause().numberPath() + " '" + t.indicator() + "' (" + t.unit() + ")");
        Set<Clause> withTasks = new HashSet<>();
        for (Task t : facts.tasks()) {
            withTasks.add(t.clause());
            t.roles().forEach(r -> withTasks.add(r.in()));
        }
        for (Clause c : doc.allClauses())
            if (ROLE_WORDS.matcher(c.text()).find() && !withTasks.contains(c))
                out.add("  role words but no task read: " + c.numberPath());
        for (Citation c : facts.citations()) {
            if (c.correction() != null) out.add("  corrected " + c.clause().numberPath() + ": " + c.correction());
            if (c.uncertain() != null) out.add("  uncertain " + c.clause().numberPath() + ": " + c.uncertain());
        }
        return out;
    }

    /** The names of single bodies the directory does not know, once each (collective mentions are not bodies to know). */
    public static SortedSet<String> unresolved(DocumentFacts facts, BodyDirectory bodies, String jurisdiction) {
        SortedSet<String> out = new TreeSet<>();
        for (BodyMention m : facts.bodyMentions())
            if (!m.collective() && bodies.resolve(m.canonical(), jurisdiction).isEmpty()) out.add(m.canonical());
        return out;
    }
}
