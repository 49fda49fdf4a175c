package vn.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.policykg.SharedCorpus;
import vn.policykg.extract.metadata.DocumentHeaderReader;
import vn.policykg.read.ReadLimits;
import vn.policykg.read.ReaderRegistry;
import vn.policykg.source.ParsedDocument;
import vn.policykg.source.SourceText;
import vn.policykg.source.StructureRecognizers;
import vn.policykg.vocab.DocumentType;

/**
 * Precision on the Official Gazette's documents (../shared/corpus/gazette), which nobody annotated: facts a
 * genre cannot state must not be found in it. The kind of each document comes from its own header, as the build
 * reads it. Documents of gold/corpus's test half are left out, so that no rule is written from them.
 */
class GazettePrecisionTest {

    /** A gazette document: its path under the corpus, its kind as its header names it (null when unread), its parse. */
    record GazetteText(String path, DocumentType kind, ParsedDocument parsed) {}

    /** The gazette's texts (the .txt files) whose kind {@code kinds} accepts, in path order. */
    static List<GazetteText> read(Predicate<DocumentType> kinds) {
        Path root = SharedCorpus.require("gazette");
        Set<String> testHalf = Gold.rows("corpus/scope.tsv").stream().filter(r -> r.get("half").equals("test"))
            .map(r -> r.get("doc")).collect(Collectors.toSet());
        List<GazetteText> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String path = SharedCorpus.ROOT.relativize(file).toString().replace('\\', '/');
                if (testHalf.contains(path))
                    continue;
                SourceText src = SourceText.of(ReaderRegistry.standard().read(file, ReadLimits.DEFAULT));
                DocumentType kind = new DocumentHeaderReader().read(src.text()).kind()
                    .flatMap(k -> DocumentType.ofWord(k.value().words())).orElse(null);
                if (kinds.test(kind))
                    out.add(new GazetteText(path, kind, StructureRecognizers.parse(src)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Laws, decrees, circulars and consolidated texts lay down rules: their rates, thresholds, worked examples
     * and statistical indicators are no targets. Prints every target found (document, clause, words), then also
     * what the text rules alone would find if the kind were not known, to show where they still go wrong.
     */
    @Test
    void legalTextsYieldNoTargets() {
        List<GazetteText> legal = read(kind -> kind != null && kind.laysDownLaw());
        List<String> found = new ArrayList<>(), byTextAlone = new ArrayList<>();
        for (GazetteText g : legal) {
            TargetExtractor.extract(g.parsed(), g.kind()).forEach(t -> found.add(line(g, t)));
            TargetExtractor.extract(g.parsed(), null).forEach(t -> byTextAlone.add(line(g, t)));
        }
        System.out.println("== gazette: " + legal.size() + " legal texts, " + found.size() + " targets found");
        found.forEach(f -> System.out.println("  target in a legal text: " + f));
        System.out.println("== the same texts read as if their kind were unknown: " + byTextAlone.size() + " targets");
        byTextAlone.forEach(f -> System.out.println("  by the text rules alone: " + f));

        assertThat(legal).as("legal texts read from the gazette").hasSizeGreaterThan(250);
        assertThat(found).isEmpty();
    }

    private static String line(GazetteText g, Target t) {
        return g.path() + " | " + t.clause().numberPath() + " | " + t.clause().text().substring(t.from(), t.to()).replaceAll("\\s+", " ");
    }
}
