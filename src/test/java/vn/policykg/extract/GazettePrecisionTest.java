package vn.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.policykg.SharedCorpus;
import vn.policykg.extract.metadata.DocumentHeaderReader;
import vn.policykg.extract.metadata.Found;
import vn.policykg.read.ReadLimits;
import vn.policykg.read.ReaderRegistry;
import vn.policykg.source.Manifest;
import vn.policykg.source.ParsedDocument;
import vn.policykg.source.SourceText;
import vn.policykg.source.StructureRecognizers;
import vn.policykg.vocab.DocumentType;
import vn.policykg.vocab.Vocab;

/**
 * What extraction finds where there is nothing of its kind to find (issue 12): the legal texts of the gazette
 * corpus (laws, ordinances, decrees, circulars, consolidated texts), which nobody annotated. Each text's kind is
 * read from its own header, as the build reads it. Every task and target found is printed with its document and
 * clause, and so is what the text rules alone would find were the kind unknown, to show where they still go wrong.
 * Documents of gold/corpus's test half are left out, so that no rule is written from them.
 */
class GazettePrecisionTest {

    /** The gazette corpus holds some 340 legal texts; far fewer read means the loading broke, not that precision is good. */
    private static final int MIN_LEGAL_TEXTS = 300;

    /** A gazette legal text, its parse and what extraction found in it. */
    record Read(String path, ParsedDocument parsed, DocumentFacts facts) {}

    private static List<Read> legalTexts;

    /** Every legal text of the gazette corpus, read (from its PDF where there is one, as the build does) and extracted; once per run. */
    static synchronized List<Read> legalTexts() {
        if (legalTexts == null) {
            Path gazette = SharedCorpus.require("gazette");
            Set<String> testHalf = Gold.rows("corpus/scope.tsv").stream()
                    .filter(r -> r.get("half").equals("test"))
                    .map(r -> r.get("doc"))
                    .collect(Collectors.toSet());
            try (Stream<Path> files = Files.walk(gazette)) {
                legalTexts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().parallelStream()
                        .filter(p -> !testHalf.contains(path(gazette, p)))
                        .map(p -> read(gazette, p))
                        .flatMap(Optional::stream)
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return legalTexts;
    }

    /** A static field outlives its class, and the rest of the suite runs in this JVM: let the texts go. */
    @AfterAll
    static synchronized void release() {
        legalTexts = null;
    }

    private static String path(Path gazette, Path txt) {
        return "gazette/" + gazette.relativize(txt).toString().replace('\\', '/');
    }

    private static Optional<Read> read(Path gazette, Path txt) {
        String path = path(gazette, txt);
        Path pdf = SharedCorpus.ROOT.resolve(
                path.replaceFirst("^gazette/", "gazette-pdf/").replaceFirst("\\.txt$", ".pdf"));
        SourceText src =
                SourceText.of(ReaderRegistry.standard().read(Files.isRegularFile(pdf) ? pdf : txt, ReadLimits.DEFAULT));
        Optional<DocumentType> type = new DocumentHeaderReader()
                .read(src.text())
                .kind()
                .map(Found::value)
                .flatMap(k -> DocumentType.ofWord(k.words()))
                .filter(DocumentType::laysDownLaw);
        if (type.isEmpty()) return Optional.empty();
        ParsedDocument parsed = StructureRecognizers.parse(src);
        return Optional.of(new Read(path, parsed, DocumentFacts.extract(parsed, entry(path, txt, type.get()))));
    }

    private static Manifest.Entry entry(String path, Path file, DocumentType type) {
        Model m = ModelFactory.createDefaultModel();
        Resource vn = m.createResource(Manifest.LOCAL_BASE + "jurisdiction/vn").addProperty(Vocab.code, "vn");
        Resource doc = m.createResource(Manifest.LOCAL_BASE + "doc/" + path)
                .addProperty(Vocab.eliJurisdiction, vn)
                .addProperty(Vocab.eliType, type.eliType());
        return new Manifest.Entry(doc, file, path, path, List.of());
    }

    @Test
    void legalTextsYieldNoTasks() {
        List<Read> texts = legalTexts();
        List<String> found = texts.stream()
                .flatMap(r -> r.facts().tasks().stream()
                        .map(t -> line(
                                r,
                                t.clause().numberPath(),
                                t.clause()
                                        .text()
                                        .substring(
                                                0,
                                                Math.min(120, t.clause().text().length())))))
                .toList();
        List<String> byTextAlone = texts.stream()
                .flatMap(r -> TaskExtractor.extract(r.parsed()).stream()
                        .map(t -> line(
                                r,
                                t.clause().numberPath(),
                                t.clause()
                                        .text()
                                        .substring(
                                                0,
                                                Math.min(120, t.clause().text().length())))))
                .toList();
        print("tasks", texts.size(), found, byTextAlone);
        assertThat(texts).hasSizeGreaterThanOrEqualTo(MIN_LEGAL_TEXTS);
        assertThat(found).isEmpty();
    }

    /** Rates, thresholds, worked examples and statistical indicators of a legal text are rules, not targets. */
    @Test
    void legalTextsYieldNoTargets() {
        List<Read> texts = legalTexts();
        List<String> found = texts.stream()
                .flatMap(r -> r.facts().targets().stream().map(t -> line(r, t)))
                .toList();
        List<String> byTextAlone = texts.stream()
                .flatMap(r -> TargetExtractor.extract(r.parsed(), null).stream().map(t -> line(r, t)))
                .toList();
        print("targets", texts.size(), found, byTextAlone);
        assertThat(texts).hasSizeGreaterThanOrEqualTo(MIN_LEGAL_TEXTS);
        assertThat(found).isEmpty();
    }

    private static void print(String kind, int texts, List<String> found, List<String> byTextAlone) {
        System.out.println("== gazette: " + texts + " legal texts, " + found.size() + " " + kind + " found");
        found.forEach(f -> System.out.println("  " + kind + " in a legal text: " + f));
        System.out.println("== the same texts read as if their kind were unknown: " + byTextAlone.size() + " " + kind);
        byTextAlone.forEach(f -> System.out.println("  by the text rules alone: " + f));
    }

    private static String line(Read r, Target t) {
        return line(r, t.clause().numberPath(), t.clause().text().substring(t.from(), t.to()));
    }

    private static String line(Read r, String clause, String words) {
        return r.path() + " | " + clause + " | " + words.replaceAll("\\s+", " ");
    }
}
