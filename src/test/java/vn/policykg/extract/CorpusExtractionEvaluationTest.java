package vn.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

import vn.policykg.SharedCorpus;
import vn.policykg.read.ReadLimits;
import vn.policykg.read.ReaderRegistry;
import vn.policykg.source.Manifest;
import vn.policykg.source.ParsedDocument;
import vn.policykg.source.SourceText;
import vn.policykg.source.StructureRecognizers;
import vn.policykg.vocab.Vocab;

/**
 * Extraction on documents it was not written for (issue 12): tasks with their lead body, deadline end dates,
 * targets and citations against gold/corpus/, written by an annotation pass that did not read this code, and
 * split into a development and a test half before any rule was tuned on them. Gold rows are keyed by the exact
 * source words, so a fact matches when its clause holds them; a document annotated only in part is scored on
 * the stretch its gold quotes span. A gazette document is read from its PDF where the corpus has one, as the
 * build does. Bodies: each body named in a role there, as written, against gold/corpus/bodies.tsv: right when it
 * resolves (data/bodies.ttl) to the body whose name is the gold's canonical one, or is kept as a collective mention
 * where the gold says collective. Figures are printed per half; the test half is run only to report.
 */
class CorpusExtractionEvaluationTest {

    private static final BodyDirectory BODIES = BodyDirectory.of(Manifest.read(java.nio.file.Path.of("data")).model());

    /** A reading of a gold document and what the extractors found in it. */
    private record Reading(SourceText src, DocumentFacts facts) {}

    /**
     * One gold document: its half and two readings, the file the build takes (its PDF where the corpus has one:
     * tables keep their cells) for tasks and targets, and the file the gold names for citations (a header's quotes
     * follow that file's layout).
     */
    private record Doc(String path, String half, String part, Reading built, Reading named) {
        boolean annotated(String kind) {
            return !(part.contains("NOT annotated") && (kind.equals("tasks") || kind.equals("targets")));
        }
    }

    /** Counts of one kind in one half. */
    private static final class Tally {
        int tp, predicted, gold, goldFound;

        String line(String name) {
            return String.format("%-30s precision %.3f (%d/%d)  recall %.3f (%d/%d)", name,
                                 predicted == 0 ? 1.0 : (double) tp / predicted, tp, predicted,
                                 gold == 0 ? 1.0 : (double) goldFound / gold, goldFound, gold);
        }
    }

    @Test
    void printsPrecisionAndRecallPerKindOnTheDevelopmentAndTestHalves() {
        SharedCorpus.require();
        Map<String, Doc> docs = new LinkedHashMap<>();
        for (Map<String, String> s : Gold.rows("corpus/scope.tsv")) {
            java.nio.file.Path file = SharedCorpus.ROOT.resolve(s.get("doc"));
            java.nio.file.Path pdf = SharedCorpus.ROOT.resolve(s.get("doc").replaceFirst("^gazette/", "gazette-pdf/").replaceFirst("\\.txt$", ".pdf"));
            Reading named = reading(file, s.get("doc"));
            Reading built = java.nio.file.Files.isRegularFile(pdf) ? reading(pdf, s.get("doc")) : named;
            docs.put(s.get("doc"), new Doc(s.get("doc"), s.get("half"), s.get("part"), built, named));
        }
        List<String> notFound = new ArrayList<>();
        for (String half : List.of("development", "test")) {
            Map<String, Tally> t = new LinkedHashMap<>();
            for (String kind : List.of("tasks", "tasks with lead", "deadline end dates", "targets (all four right)", "citations (number)", "citations (relation)", "bodies resolved"))
                t.put(kind, new Tally());
            for (Doc d : docs.values()) {
                if (!d.half().equals(half))
                    continue;
                tasks(d, rowsOf("corpus/tasks.tsv", d), t, notFound);
                targets(d, rowsOf("corpus/targets.tsv", d), t.get("targets (all four right)"), notFound);
                citations(d, rowsOf("corpus/citations.tsv", d), t, notFound);
                bodies(d, rowsOf("corpus/bodies.tsv", d), rowsOf("corpus/tasks.tsv", d), t.get("bodies resolved"), notFound);
            }
            System.out.println("== corpus extraction, " + half + " half");
            t.forEach((kind, tally) -> System.out.println("  " + tally.line(kind)));
        }
        notFound.forEach(n -> System.out.println("  gold quote not in its document: " + n));
        // The gold must point at real words, or every figure above is wrong.
        assertThat(notFound).isEmpty();
    }

    private static Reading reading(java.nio.file.Path file, String path) {
        SourceText src = SourceText.of(ReaderRegistry.standard().read(file, ReadLimits.DEFAULT));
        ParsedDocument parsed = StructureRecognizers.parse(src);
        return new Reading(src, DocumentFacts.extract(parsed, entry(path)));
    }

    private static List<Map<String, String>> rowsOf(String file, Doc d) {
        return Gold.rows(file).stream().filter(r -> r.get("doc").equals(d.path())).toList();
    }

    private static void tasks(Doc d, List<Map<String, String>> gold, Map<String, Tally> t, List<String> notFound) {
        if (!d.annotated("tasks"))
            return;
        int[] region = region(d, d.built(), gold, notFound);
        List<Task> found = d.built().facts().tasks().stream().filter(x -> inside(region, x.clause().start())).toList();
        Tally tasks = t.get("tasks"), lead = t.get("tasks with lead"), deadlines = t.get("deadline end dates");
        tasks.gold += gold.size();
        lead.gold += gold.size();
        tasks.predicted += found.size();
        lead.predicted += found.size();
        for (Map<String, String> g : gold) {
            if (!g.get("deadline_end").isEmpty())
                deadlines.gold++;
            Task match = found.stream().filter(x -> holds(x.clause().text(), g.get("quote"))).findFirst().orElse(null);
            if (match == null)
                continue;
            tasks.goldFound++;
            boolean leadRight = leadRight(match, g.get("lead"));
            if (leadRight)
                lead.goldFound++;
            if (match.deadline() != null && match.deadline().fact().end() != null
                    && match.deadline().fact().end().toString().equals(g.get("deadline_end")))
                deadlines.goldFound++;
        }
        for (Task x : found) {
            Map<String, String> g = gold.stream().filter(r -> holds(x.clause().text(), r.get("quote"))).findFirst().orElse(null);
            if (x.deadline() != null && x.deadline().fact().end() != null) {
                deadlines.predicted++;
                if (g != null && x.deadline().fact().end().toString().equals(g.get("deadline_end")))
                    deadlines.tp++;
            }
            if (g == null)
                continue;
            tasks.tp++;
            if (leadRight(x, g.get("lead")))
                lead.tp++;
        }
    }

    private static boolean leadRight(Task x, String lead) {
        List<String> leads = x.roles().stream().map(Task.Stated::fact).filter(r -> r.role() == Role.LEAD)
            .flatMap(r -> java.util.stream.Stream.of(r.body().asWritten(), r.body().canonical())).map(CorpusExtractionEvaluationTest::fold).toList();
        return lead.isEmpty() ? leads.isEmpty() : leads.contains(fold(lead));
    }

    private static void targets(Doc d, List<Map<String, String>> gold, Tally t, List<String> notFound) {
        if (!d.annotated("targets"))
            return;
        int[] region = region(d, d.built(), gold, notFound);
        List<Target> found = d.built().facts().targets().stream().filter(x -> inside(region, x.clause().start())).toList();
        t.gold += gold.size();
        t.predicted += found.size();
        for (Map<String, String> g : gold)
            if (found.stream().anyMatch(x -> sameTarget(x, g)))
                t.goldFound++;
        for (Target x : found)
            if (gold.stream().anyMatch(g -> sameTarget(x, g)))
                t.tp++;
    }

    /** Value, comparator, unit and year all right, in the clause whose words the gold quotes. */
    private static boolean sameTarget(Target x, Map<String, String> g) {
        return holds(x.clause().text(), g.get("quote"))
            && x.value() != null && x.value().compareTo(new BigDecimal(g.get("value"))) == 0
            && x.comparator().name().equalsIgnoreCase(g.get("comparator"))
            && fold(String.valueOf(x.unit())).equals(fold(g.get("unit")))
            && String.valueOf(x.period()).contains(g.get("year"));
    }

    private static void citations(Doc d, List<Map<String, String>> gold, Map<String, Tally> t, List<String> notFound) {
        int[] region = region(d, d.named(), gold, notFound);
        List<Citation> found = d.named().facts().citations().stream().filter(c -> inside(region, c.clause().start())).toList();
        List<String> goldNumbers = new ArrayList<>(gold.stream().map(g -> number(g.get("number"))).toList());
        List<String> goldRelations = new ArrayList<>(gold.stream().map(g -> number(g.get("number")) + "|" + g.get("relation")).toList());
        Tally numbers = t.get("citations (number)"), relations = t.get("citations (relation)");
        numbers.gold += goldNumbers.size();
        relations.gold += goldRelations.size();
        numbers.predicted += found.size();
        relations.predicted += found.size();
        for (Citation c : found) {
            if (goldNumbers.remove(number(c.number()))) {
                numbers.tp++;
                numbers.goldFound++;
            }
            if (goldRelations.remove(number(c.number()) + "|" + c.relation().name().toLowerCase(Locale.ROOT))) {
                relations.tp++;
                relations.goldFound++;
            }
        }
    }

    /**
     * Each distinct body string named in a role inside the stretch the task gold spans (the document's jurisdiction is
     * the nation's: every gold document is national) against the gold rows of that string.
     */
    private static void bodies(Doc d, List<Map<String, String>> gold, List<Map<String, String>> taskGold, Tally t, List<String> notFound) {
        if (gold.isEmpty())
            return;
        int[] region = region(d, d.built(), taskGold, notFound);
        Map<String, BodyMention> named = new LinkedHashMap<>();
        for (Task x : d.built().facts().tasks())
            if (inside(region, x.clause().start()))
                x.roles().forEach(r -> named.putIfAbsent(fold(r.fact().body().asWritten()), r.fact().body()));
        t.gold += gold.size();
        t.predicted += named.size();
        for (Map<String, String> g : gold) {
            BodyMention m = named.get(fold(g.get("as_written")));
            if (m != null && resolvedAs(m, g.get("canonical")))
                t.goldFound++;
        }
        for (BodyMention m : named.values())
            if (gold.stream().anyMatch(g -> fold(g.get("as_written")).equals(fold(m.asWritten())) && resolvedAs(m, g.get("canonical"))))
                t.tp++;
    }

    private static boolean resolvedAs(BodyMention m, String canonical) {
        if (canonical.equals("(collective)"))
            return m.collective();
        return !m.collective() && BODIES.resolve(m.canonical(), "vn")
            .map(b -> b.listProperties(Vocab.prefLabel).toList().stream().anyMatch(l -> fold(l.getString()).equals(fold(canonical))))
            .orElse(false);
    }

    /** The stretch of the text the gold quotes span (the whole text when there is no gold of this kind). */
    private static int[] region(Doc d, Reading r, List<Map<String, String>> gold, List<String> notFound) {
        if (gold.isEmpty() || d.part().startsWith("whole document"))
            return new int[] {0, Integer.MAX_VALUE};
        int from = Integer.MAX_VALUE, to = 0;
        for (Map<String, String> g : gold) {
            Matcher m = words(g.get("quote")).matcher(r.src().text());
            if (!m.find()) {
                notFound.add(d.path() + ": " + g.get("quote"));
                continue;
            }
            from = Math.min(from, r.src().codePointOffset(m.start()));
            to = Math.max(to, r.src().codePointOffset(m.end()));
        }
        // A clause starts before the words it holds: take in the line before the first quote.
        return new int[] {Math.max(0, from - 400), to};
    }

    private static boolean inside(int[] region, int at) {
        return at >= region[0] && at <= region[1];
    }

    /** A quote's words with any white space (and Markdown marks) between them. */
    private static Pattern words(String quote) {
        StringBuilder p = new StringBuilder();
        for (String w : quote.strip().split("\\s+")) {
            if (!p.isEmpty())
                p.append("[\\s*_|]+");
            p.append(Pattern.quote(w));
        }
        return Pattern.compile(p.toString());
    }

    private static boolean holds(String clauseText, String quote) {
        return fold(clauseText).contains(fold(quote));
    }

    private static String fold(String s) {
        return s.replaceAll("[*_|]", " ").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String number(String n) {
        return n.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** What the extractors need of a national document: its jurisdiction and kind. */
    private static Manifest.Entry entry(String path) {
        Model m = ModelFactory.createDefaultModel();
        Resource vn = m.createResource(Manifest.LOCAL_BASE + "jurisdiction/vn").addProperty(Vocab.code, "vn");
        Resource doc = m.createResource(Manifest.LOCAL_BASE + "doc/" + path).addProperty(Vocab.eliJurisdiction, vn)
            .addProperty(Vocab.eliType, path.contains("nghi-dinh") ? "nd" : path.contains("KH-") ? "kh" : "nq");
        return new Manifest.Entry(doc, SharedCorpus.ROOT.resolve(path), path, path, List.of());
    }
}
