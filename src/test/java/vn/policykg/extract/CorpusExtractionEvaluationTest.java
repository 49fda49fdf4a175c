package vn.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

    private static final BodyDirectory BODIES =
            BodyDirectory.of(Manifest.read(Path.of("data")).model());

    /** A reading of a gold document and what the extractors found in it. */
    private record Reading(SourceText src, DocumentFacts facts) {}

    /**
     * One gold document: its half and two readings, the file the build takes (its PDF where the corpus has one:
     * tables keep their cells) for tasks and targets, and the file the gold names for citations (a header's quotes
     * follow that file's layout).
     */
    private record Doc(String path, String half, String part, String notes, Reading built, Reading named) {
        boolean annotated(String kind) {
            return !(part.contains("NOT annotated") && (kind.equals("tasks") || kind.equals("targets")));
        }
    }

    /** Counts of one kind in one half. */
    private static final class Tally {
        int tp, predicted, gold, goldFound;

        String line(String name) {
            return String.format(
                    "%-30s precision %.3f (%d/%d)  recall %.3f (%d/%d)",
                    name,
                    predicted == 0 ? 1.0 : (double) tp / predicted,
                    tp,
                    predicted,
                    gold == 0 ? 1.0 : (double) goldFound / gold,
                    goldFound,
                    gold);
        }
    }

    @Test
    void printsPrecisionAndRecallPerKindOnTheDevelopmentAndTestHalves() {
        SharedCorpus.require();
        Map<String, Doc> docs = new LinkedHashMap<>();
        for (Map<String, String> s : Gold.rows("corpus/scope.tsv")) {
            Path file = SharedCorpus.ROOT.resolve(s.get("doc"));
            Path pdf = SharedCorpus.ROOT.resolve(
                    s.get("doc").replaceFirst("^gazette/", "gazette-pdf/").replaceFirst("\\.txt$", ".pdf"));
            Reading named = reading(file, s.get("doc"));
            Reading built = Files.isRegularFile(pdf) ? reading(pdf, s.get("doc")) : named;
            docs.put(s.get("doc"), new Doc(s.get("doc"), s.get("half"), s.get("part"), s.get("notes"), built, named));
        }
        List<String> notFound = new ArrayList<>();
        for (String half : List.of("development", "test")) {
            Map<String, Tally> t = new LinkedHashMap<>();
            for (String kind : List.of(
                    "tasks",
                    "tasks with lead",
                    "deadline end dates",
                    "deadline starts",
                    "recurrences",
                    "targets (all four right)",
                    "targets (and change)",
                    "citations (number)",
                    "citations (relation)",
                    "bodies resolved")) t.put(kind, new Tally());
            for (Doc d : docs.values()) {
                if (!d.half().equals(half)) continue;
                tasks(d, rowsOf("corpus/tasks.tsv", d), t, notFound);
                targets(d, rowsOf("corpus/targets.tsv", d), t.get("targets (all four right)"), notFound, false);
                targets(d, rowsOf("corpus/targets.tsv", d), t.get("targets (and change)"), notFound, true);
                citations(d, rowsOf("corpus/citations.tsv", d), t, notFound);
                bodies(
                        d,
                        rowsOf("corpus/bodies.tsv", d),
                        rowsOf("corpus/tasks.tsv", d),
                        t.get("bodies resolved"),
                        notFound);
            }
            System.out.println("== corpus extraction, " + half + " half");
            t.forEach((kind, tally) -> System.out.println("  " + tally.line(kind)));
        }
        notFound.forEach(n -> System.out.println("  gold quote not in its document: " + n));
        // The gold must point at real words, or every figure above is wrong.
        assertThat(notFound).isEmpty();
    }

    private static Reading reading(Path file, String path) {
        SourceText src = SourceText.of(ReaderRegistry.standard().read(file, ReadLimits.DEFAULT));
        ParsedDocument parsed = StructureRecognizers.parse(src);
        return new Reading(src, DocumentFacts.extract(parsed, entry(path)));
    }

    private static List<Map<String, String>> rowsOf(String file, Doc d) {
        return Gold.rows(file).stream()
                .filter(r -> r.get("doc").equals(d.path()))
                .toList();
    }

    private static void tasks(Doc d, List<Map<String, String>> gold, Map<String, Tally> t, List<String> notFound) {
        if (!d.annotated("tasks")) return;
        int[] region = region(d, d.built(), gold, notFound);
        List<Task> found = d.built().facts().tasks().stream()
                .filter(x -> inside(region, x.clause().start()))
                .toList();
        Tally tasks = t.get("tasks"), lead = t.get("tasks with lead");
        tasks.gold += gold.size();
        lead.gold += gold.size();
        tasks.predicted += found.size();
        lead.predicted += found.size();
        for (Map<String, String> g : gold) {
            Task match = found.stream()
                    .filter(x -> holds(x.clause().text(), g.get("quote")))
                    .findFirst()
                    .orElse(null);
            if (match != null) {
                tasks.goldFound++;
                if (leadRight(match, g.get("lead"))) lead.goldFound++;
            }
            for (DeadlineAspect a : DeadlineAspect.values())
                if (a.inGold(g)) {
                    t.get(a.line).gold++;
                    if (match != null && a.stated(match) && a.right(match, g)) t.get(a.line).goldFound++;
                }
        }
        for (Task x : found) {
            Map<String, String> g = gold.stream()
                    .filter(r -> holds(x.clause().text(), r.get("quote")))
                    .findFirst()
                    .orElse(null);
            for (DeadlineAspect a : DeadlineAspect.values())
                if (a.stated(x)) {
                    t.get(a.line).predicted++;
                    if (g != null && a.right(x, g)) t.get(a.line).tp++;
                }
            if (g == null) continue;
            tasks.tp++;
            if (leadRight(x, g.get("lead"))) lead.tp++;
        }
    }

    /** What of a deadline is scored, each on its own line: the end date, the start a period or start states, the recurrence. */
    private enum DeadlineAspect {
        END("deadline end dates") {
            boolean inGold(Map<String, String> g) {
                return !g.get("deadline_end").isEmpty();
            }

            boolean stated(Task x) {
                return x.deadline() != null && x.deadline().fact().end() != null;
            }

            boolean right(Task x, Map<String, String> g) {
                return x.deadline().fact().end().toString().equals(g.get("deadline_end"));
            }
        },
        START("deadline starts") {
            boolean inGold(Map<String, String> g) {
                return !g.get("deadline_start").isEmpty();
            }
            /** Only periods and starts state one; a month or year deadline's interval opens on its first day unsaid. */
            boolean stated(Task x) {
                return x.deadline() != null
                        && x.deadline().fact().start() != null
                        && (x.deadline().fact().kind() == Deadline.Kind.PERIOD
                                || x.deadline().fact().kind() == Deadline.Kind.START);
            }

            boolean right(Task x, Map<String, String> g) {
                return x.deadline().fact().start().toString().equals(g.get("deadline_start"));
            }
        },
        RECURRENCE("recurrences") {
            boolean inGold(Map<String, String> g) {
                return !g.get("recurrence").isEmpty();
            }

            boolean stated(Task x) {
                return x.deadline() != null && x.deadline().fact().recurrence() != null;
            }
            /** A gold frequency ("yearly") must be the rule's; "periodic (unspecified)" takes any rule. */
            boolean right(Task x, Map<String, String> g) {
                String rule = x.deadline().fact().recurrence();
                if (rule == null) return false;
                String frequency = g.get("recurrence").split("[ (]")[0].toUpperCase(Locale.ROOT);
                return frequency.equals("PERIODIC") || rule.contains("FREQ=" + frequency);
            }
        };

        final String line;

        DeadlineAspect(String line) {
            this.line = line;
        }

        abstract boolean inGold(Map<String, String> g);

        abstract boolean stated(Task x);

        abstract boolean right(Task x, Map<String, String> g);
    }

    /**
     * A gold lead of one body is right when a lead is that body; several ("A ; B") when the leads are those bodies, in order.
     */
    private static boolean leadRight(Task x, String lead) {
        List<BodyMention> leads = x.roles().stream()
                .map(Task.Stated::fact)
                .filter(r -> r.role() == Role.LEAD)
                .map(RoleAssignment::body)
                .toList();
        List<String> bodies = lead.isEmpty() ? List.of() : List.of(lead.split("\\s+;\\s+"));
        if (bodies.size() == 1) return leads.stream().anyMatch(b -> names(b, bodies.get(0)));
        if (leads.size() != bodies.size()) return false;
        for (int i = 0; i < bodies.size(); i++) if (!names(leads.get(i), bodies.get(i))) return false;
        return true;
    }

    private static boolean names(BodyMention b, String gold) {
        return fold(b.asWritten()).equals(fold(gold)) || fold(b.canonical()).equals(fold(gold));
    }

    /** Targets with value, comparator, unit and year right; with {@code change}, their level, rise or fall too. */
    private static void targets(Doc d, List<Map<String, String>> gold, Tally t, List<String> notFound, boolean change) {
        if (!d.annotated("targets")) return;
        int[] region = region(d, d.built(), gold, notFound);
        List<Target> found = d.built().facts().targets().stream()
                .filter(x -> inside(region, x.clause().start()))
                .toList();
        t.gold += gold.size();
        t.predicted += found.size();
        for (Map<String, String> g : gold)
            if (found.stream().anyMatch(x -> sameTarget(x, g) && (!change || sameChange(x, g)))) t.goldFound++;
        for (Target x : found)
            if (gold.stream().anyMatch(g -> sameTarget(x, g) && (!change || sameChange(x, g)))) t.tp++;
    }

    /** Value, comparator, unit and year all right, in the clause whose words the gold quotes. */
    private static boolean sameTarget(Target x, Map<String, String> g) {
        return holds(x.clause().text(), g.get("quote"))
                && x.value() != null
                && x.value().compareTo(new BigDecimal(g.get("value"))) == 0
                && x.comparator().name().equalsIgnoreCase(g.get("comparator"))
                && fold(String.valueOf(x.unit())).equals(fold(g.get("unit")))
                && String.valueOf(x.period()).contains(g.get("year"));
    }

    /** The gold's change ("level", "tăng thêm", "tăng trung bình", "giảm …") as a level, rise or fall. */
    private static boolean sameChange(Target x, Map<String, String> g) {
        String c = g.get("change").toLowerCase(Locale.ROOT);
        Target.Change gold = c.isEmpty() || c.equals("level")
                ? Target.Change.LEVEL
                : c.startsWith("giảm") ? Target.Change.FALL : Target.Change.RISE;
        return x.change() == gold;
    }

    private static void citations(Doc d, List<Map<String, String>> gold, Map<String, Tally> t, List<String> notFound) {
        int[] region = region(d, d.named(), gold, notFound);
        List<Citation> found = annotatedCitations(
                d,
                d.named().facts().citations().stream()
                        .filter(c -> inside(region, c.clause().start()))
                        .toList(),
                gold);
        List<String> goldNumbers =
                new ArrayList<>(gold.stream().map(g -> number(g.get("number"))).toList());
        List<String> goldRelations = new ArrayList<>(gold.stream()
                .map(g -> number(g.get("number")) + "|" + g.get("relation"))
                .toList());
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
            if (goldRelations.remove(
                    number(c.number()) + "|" + c.relation().name().toLowerCase(Locale.ROOT))) {
                relations.tp++;
                relations.goldFound++;
            }
        }
    }

    /** "programme body (Mục I–III prose, lines 54–311) … NOT annotated"; "citations: repeats inside … NOT annotated". */
    private static final Pattern LINES_NOT_ANNOTATED = Pattern.compile("lines (\\d+)[–-](\\d+)[^;]*NOT annotated");

    private static final Pattern REPEATS_NOT_ANNOTATED = Pattern.compile("citations: repeats[^;]*NOT annotated");

    /**
     * The mentions the gold could hold, by its scope notes: none from clauses in a stretch of lines left out (unless
     * the clause holds a gold quote, as a caption on the stretch's first line does), and where repeats were left out,
     * a number's later mentions in one clause only when the gold lists them.
     */
    private static List<Citation> annotatedCitations(Doc d, List<Citation> found, List<Map<String, String>> gold) {
        Matcher lines = LINES_NOT_ANNOTATED.matcher(d.notes());
        List<int[]> left = new ArrayList<>();
        while (lines.find()) left.add(new int[] {Integer.parseInt(lines.group(1)), Integer.parseInt(lines.group(2))});
        boolean repeatsLeft = REPEATS_NOT_ANNOTATED.matcher(d.notes()).find();
        List<Citation> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Citation c : found) {
            List<Map<String, String>> quoted = gold.stream()
                    .filter(g -> holds(c.clause().text(), g.get("quote")))
                    .toList();
            if (quoted.isEmpty()
                    && left.stream()
                            .anyMatch(
                                    r -> c.clause().line() >= r[0] && c.clause().line() <= r[1])) continue;
            int n = seen.merge(c.clause().start() + "|" + number(c.number()), 1, Integer::sum);
            if (repeatsLeft
                    && n
                            > quoted.stream()
                                    .filter(g -> number(g.get("number")).equals(number(c.number())))
                                    .count()
                    && n > 1) continue;
            out.add(c);
        }
        return out;
    }

    /**
     * Each distinct body string named in a role inside the stretch the task gold spans (the document's jurisdiction is
     * the nation's: every gold document is national) against the gold rows of that string.
     */
    private static void bodies(
            Doc d, List<Map<String, String>> gold, List<Map<String, String>> taskGold, Tally t, List<String> notFound) {
        if (gold.isEmpty()) return;
        int[] region = region(d, d.built(), taskGold, notFound);
        Map<String, BodyMention> named = new LinkedHashMap<>();
        for (Task x : d.built().facts().tasks())
            if (inside(region, x.clause().start()))
                x.roles()
                        .forEach(r -> named.putIfAbsent(
                                fold(r.fact().body().asWritten()), r.fact().body()));
        t.gold += gold.size();
        t.predicted += named.size();
        for (Map<String, String> g : gold) {
            BodyMention m = named.get(fold(g.get("as_written")));
            if (m != null && resolvedAs(m, g.get("canonical"))) t.goldFound++;
        }
        for (BodyMention m : named.values())
            if (gold.stream()
                    .anyMatch(g ->
                            fold(g.get("as_written")).equals(fold(m.asWritten())) && resolvedAs(m, g.get("canonical"))))
                t.tp++;
    }

    private static boolean resolvedAs(BodyMention m, String canonical) {
        if (canonical.equals("(collective)")) return m.collective();
        // The gold tells bodies of one name apart by their parent in brackets: "Ban Dân nguyện (Ủy ban Thường vụ Quốc
        // hội)"
        // is the registry's "Ban Dân nguyện của Ủy ban Thường vụ Quốc hội".
        String withParent = canonical.replaceFirst("\\s*\\((.+)\\)$", " của $1");
        return !m.collective()
                && BODIES.resolve(m.canonical(), "vn")
                        .map(b -> Stream.of(Vocab.prefLabel, Vocab.altLabel)
                                .flatMap(p -> b.listProperties(p).toList().stream())
                                .anyMatch(l -> fold(l.getString()).equals(fold(canonical))
                                        || fold(l.getString()).equals(fold(withParent))))
                        .orElse(false);
    }

    /** The stretch of the text the gold quotes span (the whole text when there is no gold of this kind). */
    private static int[] region(Doc d, Reading r, List<Map<String, String>> gold, List<String> notFound) {
        if (gold.isEmpty() || d.part().startsWith("whole document")) return new int[] {0, Integer.MAX_VALUE};
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
            if (!p.isEmpty()) p.append("[\\s*_|]+");
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
        Resource doc = m.createResource(Manifest.LOCAL_BASE + "doc/" + path)
                .addProperty(Vocab.eliJurisdiction, vn)
                .addProperty(Vocab.eliType, path.contains("nghi-dinh") ? "nd" : path.contains("KH-") ? "kh" : "nq");
        return new Manifest.Entry(doc, SharedCorpus.ROOT.resolve(path), path, path, List.of());
    }
}
