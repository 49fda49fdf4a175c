package vn.policykg.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * All Official Gazette texts of the shared corpus, parsed once with the recogniser each one gets.
 * The corpus is read where it lies (never copied into the repository); without it the tests are skipped.
 */
class LegalStructureCorpusTest {

    static final Path GAZETTE = Path.of("..", "shared", "corpus", "gazette");
    private static final Pattern ARTICLE_NUMBER = Pattern.compile("^Điều (\\d+)[a-zđ]?\\.");
    /** The gazette's running head and signature block; a form's own blank "Người ký: ……" field is the document's text. */
    static final Pattern FURNITURE =
            Pattern.compile("CÔNG BÁO/Số|Người ký: (CỔNG|Cổng)|Ký bởi: CÔNG BÁO|Thời gian ký: \\d");

    /** One gazette text, its parse, and whether the legal recogniser took it. */
    record Parsed(Path file, ParsedDocument doc, boolean legal) {}

    private static final List<Parsed> PARSED = new ArrayList<>();
    private static final Map<Path, Throwable> FAILED = new LinkedHashMap<>();

    @BeforeAll
    static void parseAll() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(GAZETTE), "the gazette corpus is not at " + GAZETTE.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> s = Files.walk(GAZETTE)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            try {
                SourceText src = SourceText.read(f);
                StructureRecognizer r = StructureRecognizers.choose(src);
                PARSED.add(new Parsed(f, r.parse(src), r == StructureRecognizers.LEGAL));
            } catch (RuntimeException | StackOverflowError e) {
                FAILED.put(f, e);
            }
        }
        System.out.printf(
                "gazette: %d texts parsed, %d legal%n",
                files.size(), PARSED.stream().filter(Parsed::legal).count());
    }

    /** A static field outlives its class, and the rest of the suite runs in this JVM: let the parses go. */
    @AfterAll
    static void release() {
        PARSED.clear();
        FAILED.clear();
    }

    @Test
    void noDocumentThrows() {
        FAILED.forEach((f, e) -> System.out.println("FAILED " + f + ": " + e));
        assertThat(FAILED).isEmpty();
        assertThat(PARSED).hasSizeGreaterThanOrEqualTo(399);
    }

    /**
     * The articles the tree holds are the "Điều N." headings of the text outside quoted amendment
     * wording, counted here by a plain scan written apart from the parser.
     */
    @Test
    void everyUnquotedArticleHeadingIsAnArticleClause() {
        int legal = 0, agree = 0;
        List<String> differences = new ArrayList<>();
        for (Parsed p : PARSED) {
            if (!p.legal()) continue;
            legal++;
            TreeSet<Integer> scanned = unquotedArticleLines(p.doc().source());
            TreeSet<Integer> parsed = new TreeSet<>();
            for (Clause c : p.doc().allClauses()) if (c.kind() == ClauseKind.ARTICLE) parsed.add(c.line());
            if (scanned.equals(parsed)) {
                agree++;
                continue;
            }
            TreeSet<Integer> missing = new TreeSet<>(scanned);
            missing.removeAll(parsed);
            TreeSet<Integer> extra = new TreeSet<>(parsed);
            extra.removeAll(scanned);
            differences.add(p.file() + ": scan " + scanned.size() + ", tree " + parsed.size()
                    + (missing.isEmpty()
                            ? ""
                            : "; not an article: line " + missing.first() + " '" + line(p, missing.first()) + "'")
                    + (extra.isEmpty()
                            ? ""
                            : "; article not in the scan: line " + extra.first() + " '" + line(p, extra.first()) + "'")
                    + p.doc().notes().stream()
                            .filter(n -> n.contains("never closed"))
                            .map(n -> "; parser: " + n)
                            .findFirst()
                            .orElse(""));
        }
        System.out.printf("articles: %d of %d legal documents agree (%.1f%%)%n", agree, legal, 100.0 * agree / legal);
        differences.forEach(d -> System.out.println("  " + d));
        assertThat(agree).isGreaterThanOrEqualTo((int) Math.ceil(legal * 0.95));
    }

    @Test
    void noPageFurnitureInAnyClauseText() {
        List<String> found = new ArrayList<>();
        for (Parsed p : PARSED)
            for (Clause c : p.doc().allClauses())
                if (FURNITURE.matcher(c.text()).find()
                        || c.heading() != null && FURNITURE.matcher(c.heading()).find())
                    found.add(p.file() + " " + c.eId() + ": " + c.text());
        found.stream().limit(20).forEach(System.out::println);
        assertThat(found).isEmpty();
    }

    /**
     * For every clause, the source text at its span, with page furniture lines blanked out (a
     * sentence broken by a page break spans the furniture between its halves) and white space
     * folded, is the clause's text.
     */
    @Test
    void everyClauseTextIsTheSourceTextAtItsSpan() {
        long checked = 0;
        List<String> wrong = new ArrayList<>();
        for (Parsed p : PARSED)
            checked += spansGiveBackTheirText(p.doc(), p.file().toString(), wrong);
        System.out.println("span invariant checked on " + checked + " clauses");
        wrong.stream().limit(20).forEach(System.out::println);
        assertThat(wrong).isEmpty();
    }

    /**
     * For every clause of {@code doc}, the source text at its span, with page furniture lines blanked out (a
     * sentence broken by a page break spans the furniture between its halves), rule lines dropped and white
     * space folded, is the clause's text; each clause that is not is added to {@code wrong}. Returns the
     * number of clauses checked.
     */
    static long spansGiveBackTheirText(ParsedDocument doc, String name, List<String> wrong) {
        long checked = 0;
        String masked = withoutFurniture(doc.source());
        boolean bmp = masked.codePoints().allMatch(Character::isBmpCodePoint);
        for (Clause c : doc.allClauses()) {
            if (c.text().isEmpty()) continue;
            int from = bmp ? c.start() : masked.offsetByCodePoints(0, c.start());
            int to = bmp ? c.end() : masked.offsetByCodePoints(0, c.end());
            // Rule lines ("-----" under a form's header) are decoration the cleaner drops, as the seeds' normaliser
            // does not need to.
            String span = masked.substring(from, to).replaceAll("(?m)^[ \\t]*-{3,}[ \\t]*$", "");
            // A table row read from a PDF outside an appendix table is one paragraph: its cell breaks are spaces.
            if (c.kind() != ClauseKind.ROW) span = span.replace('\t', ' ');
            String source = StructureParserTest.normalise(span);
            // "*" is markup in the seeds (the normaliser drops it) but a literal mark in gazette text (the clause keeps
            // it).
            if (!source.equals(StructureParserTest.fold(c.text().replace("*", "")))) wrong.add(name + " " + c.eId());
            checked++;
        }
        return checked;
    }

    @Test
    void noDocumentExplodesIntoClauses() {
        long total = 0;
        Parsed largest = null;
        for (Parsed p : PARSED) {
            int n = p.doc().allClauses().size();
            total += n;
            if (largest == null || n > largest.doc().allClauses().size()) largest = p;
        }
        int most = largest.doc().allClauses().size();
        System.out.printf(
                "clauses: %d in %d texts; most in one text: %d (%s)%n", total, PARSED.size(), most, largest.file());
        PARSED.stream()
                .sorted((a, b) ->
                        b.doc().allClauses().size() - a.doc().allClauses().size())
                .limit(5)
                .forEach(p -> System.out.println("  " + p.doc().allClauses().size() + " " + p.file()));
        assertThat(most).isLessThan(5000);
    }

    /** Lines opening with "Điều N." outside quoted text, and not page furniture (which never opens so). */
    static TreeSet<Integer> unquotedArticleLines(SourceText src) {
        TreeSet<Integer> out = new TreeSet<>();
        int depth = 0;
        int nextArticle = 1;
        String previous = "";
        for (SourceText.Line line : src.lines()) {
            String text = line.text().strip();
            boolean opensQuote = text.startsWith("“") || text.startsWith("\"");
            var article = ARTICLE_NUMBER.matcher(text);
            boolean isArticle = !opensQuote && article.lookingAt();
            // A quotation whose close the PDF text lost ends at the document's next article after a finished sentence.
            if (depth > 0
                    && isArticle
                    && Integer.parseInt(article.group(1)) == nextArticle
                    && !previous.isEmpty()
                    && ".;:”\"".indexOf(previous.charAt(previous.length() - 1)) >= 0) depth = 0;
            if (depth == 0 && isArticle) {
                out.add(line.number());
                nextArticle = Integer.parseInt(article.group(1)) + 1;
            }
            if (!text.isEmpty()) previous = text;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean straightOpens = c == '"'
                        && (i == 0 || " (:[".indexOf(text.charAt(i - 1)) >= 0)
                        && i + 1 < text.length()
                        && text.charAt(i + 1) != ' ';
                if (c == '“' || straightOpens) depth++;
                else if ((c == '”' || c == '"') && depth > 0) depth--;
            }
        }
        return out;
    }

    private static String line(Parsed p, int number) {
        String text = p.doc().source().lines().get(number - 1).text().strip();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    /** The source with every page furniture line replaced by spaces of the same length. */
    static String withoutFurniture(SourceText src) {
        StringBuilder s = new StringBuilder(src.text());
        PageFurniture.Kind[] kinds = PageFurniture.classify(
                src.lines().stream().map(SourceText.Line::text).toList());
        for (int i = 0; i < kinds.length; i++)
            if (kinds[i] != null)
                for (int j = src.lines().get(i).start(); j < src.lines().get(i).end(); j++) s.setCharAt(j, ' ');
        return s.toString();
    }
}
