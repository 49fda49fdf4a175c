package vn.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

import vn.policykg.SharedCorpus;
import vn.policykg.extract.metadata.DocumentHeaderReader;
import vn.policykg.extract.metadata.DocumentKind;
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
 * What extraction finds where there is nothing of its kind to find: the legal texts of the gazette corpus (laws,
 * ordinances, decrees, circulars, consolidated texts), whose kind is read from each text's own header as the build
 * reads it. Every wrong fact is printed with its document and clause.
 */
class GazettePrecisionTest {

    /** Header kinds of the texts that state law rather than a plan. */
    private static final Set<DocumentKind> LEGAL = EnumSet.of(DocumentKind.LAW, DocumentKind.ORDINANCE, DocumentKind.DECREE,
        DocumentKind.CIRCULAR, DocumentKind.JOINT_CIRCULAR, DocumentKind.CONSOLIDATED_TEXT);
    /** The gazette corpus holds some 340 legal texts; far fewer read means the loading broke, not that precision is good. */
    private static final int MIN_LEGAL_TEXTS = 300;

    /** A gazette legal text and what extraction found in it. */
    record Read(String path, ParsedDocument parsed, DocumentFacts facts) {}

    private static List<Read> legalTexts;

    /** Every legal text of the gazette corpus, read (from its PDF where there is one, as the build does) and extracted; once per run. */
    static synchronized List<Read> legalTexts() {
        if (legalTexts == null) {
            Path gazette = SharedCorpus.require("gazette");
            try (Stream<Path> files = Files.walk(gazette)) {
                legalTexts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().parallelStream()
                    .map(p -> read(gazette, p)).flatMap(Optional::stream).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return legalTexts;
    }

    private static Optional<Read> read(Path gazette, Path txt) {
        String path = "gazette/" + gazette.relativize(txt).toString().replace('\\', '/');
        Path pdf = SharedCorpus.ROOT.resolve(path.replaceFirst("^gazette/", "gazette-pdf/").replaceFirst("\\.txt$", ".pdf"));
        SourceText src = SourceText.of(ReaderRegistry.standard().read(Files.isRegularFile(pdf) ? pdf : txt, ReadLimits.DEFAULT));
        Optional<DocumentKind> kind = new DocumentHeaderReader().read(src.text()).kind().map(Found::value);
        if (kind.isEmpty() || !LEGAL.contains(kind.get()))
            return Optional.empty();
        DocumentType type = DocumentType.ofWord(kind.get().words()).orElseThrow();
        ParsedDocument parsed = StructureRecognizers.parse(src);
        return Optional.of(new Read(path, parsed, DocumentFacts.extract(parsed, entry(path, txt, type))));
    }

    private static Manifest.Entry entry(String path, Path file, DocumentType type) {
        Model m = ModelFactory.createDefaultModel();
        Resource vn = m.createResource(Manifest.LOCAL_BASE + "jurisdiction/vn").addProperty(Vocab.code, "vn");
        Resource doc = m.createResource(Manifest.LOCAL_BASE + "doc/" + path).addProperty(Vocab.eliJurisdiction, vn)
            .addProperty(Vocab.eliType, type.eliType());
        return new Manifest.Entry(doc, file, path, path, List.of());
    }

    @Test
    void legalTextsYieldNoTasks() {
        List<Read> texts = legalTexts();
        List<String> tasks = texts.stream().flatMap(r -> r.facts().tasks().stream().map(t -> r.path() + " " + t.clause().numberPath()
            + ": " + t.clause().text().substring(0, Math.min(120, t.clause().text().length())))).toList();
        System.out.println("gazette legal texts: " + texts.size() + " read, " + tasks.size() + " tasks found");
        tasks.forEach(t -> System.out.println("  task in a legal text: " + t));
        assertThat(texts).hasSizeGreaterThanOrEqualTo(MIN_LEGAL_TEXTS);
        assertThat(tasks).isEmpty();
    }
}
