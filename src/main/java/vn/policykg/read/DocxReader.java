package vn.policykg.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Word documents (DOCX) with Apache POI: the body's paragraphs and tables in order, one line per paragraph
 * (a line break inside a paragraph starts a new line with the same origin) and one line per table row. The
 * origin's line is the paragraph's number in the body, a table row counting as one paragraph.
 *
 * <p>Word's automatic numbering is written at the start of its paragraph ({@link WordNumbering}). Footnotes
 * and endnotes follow the body as "[1: text]" and "[i: text]" lines, numbered in order of reference as Word
 * shows them, each with the origin of the paragraph referring to it. Headers, footers, comments and text
 * boxes are left out.
 */
public final class DocxReader implements DocumentReader {

    @Override
    public List<String> mediaTypes() {
        return List.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Override
    public List<String> extensions() {
        return List.of("docx");
    }

    @Override
    public ReadDocument read(Path file, byte[] bytes, ReadLimits limits) {
        ZipInflation.check(file, bytes, limits.maxUncompressedBytes());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return new Walk(file, document, limits).document(mediaTypes().getFirst(), bytes);
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) { // POI reports a broken package or part in many exception types
            throw new UnreadableFileException(file, "", "not a readable Word document: " + e, e);
        }
    }

    /** One reading of one document: the paragraph count, the numbering counters and the notes referred to. */
    private static final class Walk {
        private final XWPFDocument document;
        private final ReadingText text;
        private final WordNumbering numbering;
        private final Map<XWPFAbstractFootnoteEndnote, Integer> footnotes = new LinkedHashMap<>();
        private final Map<XWPFAbstractFootnoteEndnote, Integer> endnotes = new LinkedHashMap<>();
        private int paragraph;

        Walk(Path file, XWPFDocument document, ReadLimits limits) {
            this.document = document;
            this.text = new ReadingText(file, limits);
            this.numbering = new WordNumbering(document.getNumbering());
        }

        ReadDocument document(String mediaType, byte[] bytes) {
            for (IBodyElement element : document.getBodyElements()) body(element);
            notes(footnotes, ListNumber.DECIMAL);
            notes(endnotes, ListNumber.LOWER_ROMAN);
            return text.document(mediaType, bytes);
        }

        private void body(IBodyElement element) {
            switch (element) {
                case XWPFParagraph p -> {
                    paragraph++;
                    for (String line : paragraphText(p).split("\n", -1)) text.line(line, paragraph);
                }
                case XWPFTable table -> {
                    for (XWPFTableRow row : table.getRows()) {
                        paragraph++;
                        text.row(
                                row.getTableICells().stream()
                                        .map(this::cellText)
                                        .toList(),
                                paragraph);
                    }
                    text.endTable();
                }
                case XWPFSDT sdt -> {
                    paragraph++;
                    for (String line : sdt.getContent().getText().split("\n", -1)) text.line(line, paragraph);
                }
                default -> {} // no other kind of body element carries text
            }
        }

        /** A cell's paragraphs joined by spaces; a nested table's cells likewise, row after row. */
        private String cellText(ICell cell) {
            return switch (cell) {
                case XWPFTableCell c when isMergedContinuation(c) -> "";
                case XWPFTableCell c ->
                    c.getBodyElements().stream().map(this::inlineText).collect(Collectors.joining(" "));
                case XWPFSDTCell c -> c.getContent().getText();
                default -> "";
            };
        }

        private String inlineText(IBodyElement element) {
            return switch (element) {
                case XWPFParagraph p -> paragraphText(p);
                case XWPFTable t ->
                    t.getRows().stream()
                            .flatMap(r -> r.getTableICells().stream().map(this::cellText))
                            .collect(Collectors.joining(" "));
                case XWPFSDT sdt -> sdt.getContent().getText();
                default -> "";
            };
        }

        /** Word shows nothing of a cell that continues a vertical merge: the cell above holds the text. */
        private static boolean isMergedContinuation(XWPFTableCell cell) {
            CTTcPr properties = cell.getCTTc().getTcPr();
            return properties != null
                    && properties.isSetVMerge()
                    && (properties.getVMerge().getVal() == null
                            || properties.getVMerge().getVal() == STMerge.CONTINUE);
        }

        /**
         * The numbering label and the runs' text, without the footnote text POI's getText() appends (the
         * notes go to the end). Tabs inside a paragraph become spaces in {@link ReadingText}.
         */
        private String paragraphText(XWPFParagraph p) {
            StringBuilder out = new StringBuilder(numbering.label(p));
            for (IRunElement run : p.getIRuns()) {
                if (run instanceof XWPFRun r) out.append(referTo(r));
                else if (run instanceof XWPFSDT sdt) out.append(sdt.getContent().getText());
                else out.append(run);
            }
            return out.toString();
        }

        /** The run's text without the "[footnoteRef:7]" POI writes for a reference, the note being kept for the end. */
        private String referTo(XWPFRun run) {
            String text = run.toString();
            for (CTFtnEdnRef ref : run.getCTR().getFootnoteReferenceArray()) {
                note(footnotes, document.getFootnoteByID(id(ref)));
                text = text.replace("[footnoteRef:" + id(ref) + "]", "");
            }
            for (CTFtnEdnRef ref : run.getCTR().getEndnoteReferenceArray()) {
                note(endnotes, document.getEndnoteByID(id(ref)));
                text = text.replace("[endnoteRef:" + id(ref) + "]", "");
            }
            return text;
        }

        private void note(Map<XWPFAbstractFootnoteEndnote, Integer> notes, XWPFAbstractFootnoteEndnote note) {
            if (note != null) notes.putIfAbsent(note, paragraph);
        }

        private static int id(CTFtnEdnRef ref) {
            BigInteger id = ref.getId();
            return id == null ? 0 : id.intValue();
        }

        private void notes(Map<XWPFAbstractFootnoteEndnote, Integer> notes, ListNumber numberFormat) {
            int n = 0;
            for (var note : List.copyOf(notes.entrySet())) { // a note referring to a note adds to the map
                List<String> paragraphs = new ArrayList<>();
                for (XWPFParagraph p : note.getKey().getParagraphs()) paragraphs.add(paragraphText(p));
                text.line("[" + numberFormat.format(++n) + ": " + String.join(" ", paragraphs) + "]", note.getValue());
            }
        }
    }
}
