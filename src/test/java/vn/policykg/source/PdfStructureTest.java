package vn.policykg.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.policykg.SharedCorpus;
import vn.policykg.read.ReadLimits;
import vn.policykg.read.ReaderRegistry;

/**
 * The 21 gazette PDFs, read with the PDF reader and parsed as the build does: each legal document has as
 * many articles as its reading text has unquoted "Điều N." lines, no clause carries page furniture, and every
 * clause's span in the reading text gives back its text.
 */
class PdfStructureTest {

    @Test
    void articlesFromThePdfMatchTheirHeadingsAndNoClauseCarriesFurniture() throws IOException {
        Path pdfs = SharedCorpus.require("gazette-pdf");
        List<Path> files;
        try (Stream<Path> s = Files.walk(pdfs)) {
            files = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        ReaderRegistry readers = ReaderRegistry.standard();
        int legal = 0, agree = 0;
        long spans = 0;
        List<String> differences = new ArrayList<>(), furniture = new ArrayList<>(), wrongSpans = new ArrayList<>();
        for (Path pdf : files) {
            SourceText src = SourceText.of(readers.read(pdf, ReadLimits.DEFAULT));
            ParsedDocument doc = StructureRecognizers.parse(src);
            spans += LegalStructureCorpusTest.spansGiveBackTheirText(
                    doc, pdf.getFileName().toString(), wrongSpans);
            long articles = doc.allClauses().stream()
                    .filter(c -> c.kind() == ClauseKind.ARTICLE)
                    .count();
            int headings = LegalStructureCorpusTest.unquotedArticleLines(src).size();
            for (Clause c : doc.allClauses())
                if (LegalStructureCorpusTest.FURNITURE.matcher(c.text()).find())
                    furniture.add(pdf.getFileName() + " " + c.eId());
            if (headings == 0) continue;
            legal++;
            if (articles == headings) agree++;
            else differences.add(pdf.getFileName() + ": " + headings + " 'Điều N.' lines, " + articles + " articles");
        }
        System.out.printf("PDF articles: %d of %d legal PDFs agree%n", agree, legal);
        differences.forEach(d -> System.out.println("  " + d));
        furniture.stream().limit(10).forEach(f -> System.out.println("  furniture in " + f));
        System.out.println("PDF span invariant checked on " + spans + " clauses");
        wrongSpans.stream().limit(10).forEach(w -> System.out.println("  span does not give back the text: " + w));
        assertThat(files).hasSize(21);
        assertThat(legal).isGreaterThanOrEqualTo(15);
        assertThat(agree).isGreaterThanOrEqualTo((int) Math.ceil(legal * 0.9));
        assertThat(furniture).isEmpty();
        assertThat(wrongSpans).isEmpty();
    }
}
