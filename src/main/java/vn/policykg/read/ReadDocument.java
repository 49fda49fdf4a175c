package vn.policykg.read;

import java.nio.file.Path;
import java.util.List;

/**
 * A document as a reader gives it: its text in reading order and where each line came from.
 *
 * <p>The text is NFC with '\n' between lines. A table row is one line whose cells are separated by '\t'
 * (a cell's own line breaks become spaces), so the parsers meet tables from every format the same way;
 * {@link #tables()} lists the same rows with the span of each cell.
 *
 * @param file       the file read
 * @param mediaType  the media type of the original ("application/pdf")
 * @param sha256     SHA-256 of the original bytes
 * @param text       the reading text
 * @param origins    one per line of {@link #text()}: where that line stands in the original
 * @param tables     the tables, in document order
 * @param notes      what the reader noticed and repaired, each naming its page or line
 */
public record ReadDocument(
        Path file,
        String mediaType,
        String sha256,
        String text,
        List<Origin> origins,
        List<Table> tables,
        List<String> notes) {

    /**
     * Where a line of the reading text stands in the original: page and line on the page for a paged
     * format (PDF), else page 0 and the line or paragraph number of the file (1-based).
     */
    public record Origin(int page, int line) {
        @Override
        public String toString() {
            return page > 0 ? "page " + page + ", line " + line : "line " + line;
        }
    }

    /** A table: its rows in order, the header rows among them. */
    public record Table(List<Row> rows) {}

    /** A row: the line of {@link #text()} holding it (0-based) and its cells left to right. */
    public record Row(int line, List<Cell> cells) {}

    /** A cell: its text and its char span in {@link #text()}. */
    public record Cell(String text, int start, int end) {}

    /** Where the line holding this char index of {@link #text()} came from. */
    public Origin originOf(int charIndex) {
        int line = 0;
        for (int i = 0; i < charIndex && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
        return origins.get(Math.min(line, origins.size() - 1));
    }
}
