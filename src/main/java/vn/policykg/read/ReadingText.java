package vn.policykg.read;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reading text of a structured format (DOCX, HTML) as its reader walks the document: lines and table
 * rows in order, each with the number of the paragraph or source line it came from. Every line and cell is
 * NFC with its whitespace collapsed to single spaces, so '\t' and '\n' keep their one meaning (cell and line
 * boundary) and each cell's span holds exactly its text.
 */
final class ReadingText {

    /** Whitespace including the no-break spaces Word and HTML authors use for layout. */
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private final Path file;
    private final ReadLimits limits;
    private final StringBuilder text = new StringBuilder();
    private final List<ReadDocument.Origin> origins = new ArrayList<>();
    private final List<ReadDocument.Table> tables = new ArrayList<>();
    private final List<ReadDocument.Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    ReadingText(Path file, ReadLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** One line of running text; it ends the table before it, if any. */
    void line(String content, int origin) {
        endTable();
        startLine(origin);
        text.append(clean(content));
        checkSize(origin);
    }

    /** One row of the current table: a line of cells separated by '\t'. */
    void row(List<String> cells, int origin) {
        startLine(origin);
        List<ReadDocument.Cell> spans = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) text.append('\t');
            String cell = clean(cells.get(i));
            spans.add(new ReadDocument.Cell(cell, text.length(), text.length() + cell.length()));
            text.append(cell);
        }
        rows.add(new ReadDocument.Row(origins.size() - 1, List.copyOf(spans)));
        checkSize(origin);
    }

    /** Closes the current table, so that a table right after it is a table of its own. */
    void endTable() {
        if (!rows.isEmpty()) {
            tables.add(new ReadDocument.Table(List.copyOf(rows)));
            rows.clear();
        }
    }

    void note(String note) {
        notes.add(note);
    }

    ReadDocument document(String mediaType, byte[] original) {
        endTable();
        return new ReadDocument(
                file,
                mediaType,
                ReaderRegistry.sha256(original),
                text.toString(),
                List.copyOf(origins),
                List.copyOf(tables),
                List.copyOf(notes));
    }

    private void startLine(int origin) {
        if (!origins.isEmpty()) text.append('\n');
        origins.add(new ReadDocument.Origin(0, origin));
    }

    private void checkSize(int origin) {
        if (text.length() > limits.maxTextChars())
            throw new UnreadableFileException(
                    file,
                    "line " + origin,
                    "the text runs to more than the limit of " + limits.maxTextChars() + " characters");
    }

    private static String clean(String s) {
        return Normalizer.normalize(SPACE.matcher(s).replaceAll(" ").strip(), Normalizer.Form.NFC);
    }
}
