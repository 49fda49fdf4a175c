package vn.policykg.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Text-based PDF (the Official Gazette's issues) with Apache PDFBox: each page's glyphs with their
 * positions ({@link GlyphCollector}) become lines by baseline; ruled tables ({@link RulingCollector},
 * {@link TableGrid}) become one line per row with the cells separated by '\t', each cell holding its whole
 * text. Page furniture (running head, page number) stays in the text as its own lines. A scanned page has
 * no text to give; it is noted, not guessed.
 */
public final class PdfReader implements DocumentReader {

    /** PDFBox keeps up to this much of its scratch data in memory, the rest in temporary files. */
    private static final long SCRATCH_IN_MEMORY = 16L << 20;
    /** The end-of-file marker must lie in the last this many bytes (the specification's 1,024). */
    private static final int TRAILER_REACH = 1024;

    @Override
    public List<String> mediaTypes() {
        return List.of("application/pdf");
    }

    @Override
    public List<String> extensions() {
        return List.of("pdf");
    }

    @Override
    public ReadDocument read(Path file, byte[] bytes, ReadLimits limits) {
        checkEnvelope(file, bytes);
        try (PDDocument document = Loader.loadPDF(
                new RandomAccessReadBuffer(bytes), "", MemoryUsageSetting.setupMixed(SCRATCH_IN_MEMORY).streamCache)) {
            int pages = document.getNumberOfPages();
            if (pages > limits.maxPages())
                throw new UnreadableFileException(
                        file, "", "the PDF has " + pages + " pages, more than the limit of " + limits.maxPages());
            if (pages == 0) throw new UnreadableFileException(file, "", "the PDF has no pages");
            Assembly assembly = new Assembly(file, limits);
            GlyphCollector.collect(document, assembly::addPage);
            return new ReadDocument(
                    file,
                    "application/pdf",
                    ReaderRegistry.sha256(bytes),
                    assembly.text.toString(),
                    List.copyOf(assembly.origins),
                    List.copyOf(assembly.tables),
                    List.copyOf(assembly.notes));
        } catch (InvalidPasswordException e) {
            throw new UnreadableFileException(
                    file, "", "the PDF is encrypted and cannot be opened without its password", e);
        } catch (IOException e) {
            throw new UnreadableFileException(file, "", "not a readable PDF: " + e.getMessage(), e);
        }
    }

    /**
     * A PDF starts with "%PDF-" and ends with "%%EOF". PDFBox would repair a file cut short by rebuilding
     * its cross-reference table from what is left, and quietly give part of the document; a reader of
     * publications must say the file is broken instead.
     */
    private static void checkEnvelope(Path file, byte[] bytes) {
        if (indexOf(bytes, "%PDF-", 0, Math.min(bytes.length, TRAILER_REACH)) < 0)
            throw new UnreadableFileException(file, "", "not a PDF: the file does not start with %PDF-");
        if (indexOf(bytes, "%%EOF", Math.max(0, bytes.length - TRAILER_REACH), bytes.length) < 0)
            throw new UnreadableFileException(file, "", "the PDF is truncated: no %%EOF marker at its end");
    }

    private static int indexOf(byte[] bytes, String marker, int from, int to) {
        byte[] m = marker.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = from; i + m.length <= to; i++) {
            for (int j = 0; j < m.length; j++) if (bytes[i + j] != m[j]) continue outer;
            return i;
        }
        return -1;
    }

    /** The reading text as it grows page by page, with the origin of each line and the tables' cell spans. */
    private static final class Assembly {
        private final Path file;
        private final ReadLimits limits;
        final StringBuilder text = new StringBuilder();
        final List<ReadDocument.Origin> origins = new ArrayList<>();
        final List<ReadDocument.Table> tables = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        Assembly(Path file, ReadLimits limits) {
            this.file = file;
            this.limits = limits;
        }

        void addPage(int page, PDPage pdPage, List<Glyph> glyphs) throws IOException {
            List<Ruling> rulings = RulingCollector.of(pdPage);
            if (glyphs.stream().allMatch(Glyph::isBlank)) notes.add("page " + page + ": no text (a scanned image?)");
            List<ReadDocument.Row> rows = new ArrayList<>();
            int table = -1, lineOnPage = 0;
            for (PageLayout.Line line : PageLayout.lines(glyphs, rulings, pdPage.getCropBox())) {
                if (line.table() != table && !rows.isEmpty()) {
                    tables.add(new ReadDocument.Table(List.copyOf(rows)));
                    rows.clear();
                }
                table = line.table();
                if (!origins.isEmpty()) text.append('\n');
                if (line.isRow()) rows.add(row(line.cells()));
                else text.append(line.cells().getFirst());
                origins.add(new ReadDocument.Origin(page, ++lineOnPage));
                if (text.length() > limits.maxTextChars())
                    throw new UnreadableFileException(
                            file,
                            "page " + page,
                            "the text has more than the limit of " + limits.maxTextChars() + " characters");
            }
            if (!rows.isEmpty()) tables.add(new ReadDocument.Table(List.copyOf(rows)));
        }

        private ReadDocument.Row row(List<String> cells) {
            List<ReadDocument.Cell> spans = new ArrayList<>();
            for (String cell : cells) {
                if (!spans.isEmpty()) text.append('\t');
                spans.add(new ReadDocument.Cell(cell, text.length(), text.length() + cell.length()));
                text.append(cell);
            }
            return new ReadDocument.Row(origins.size(), List.copyOf(spans));
        }
    }
}
