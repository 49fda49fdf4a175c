package vn.policykg.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One subdivision of a document: its kind, number as written, position (eId, number path),
 * heading, clean NFC text and the source span the text occupies.
 * Built by the parsers of this package; read-only to everyone else.
 */
public final class Clause {

    /** A cell of an appendix table row. */
    public record Cell(int column, String heading, String text, int start, int end) {}

    private final ClauseKind kind;
    private final String number;
    private final int line;
    private String eId;
    private String numberPath;
    private String heading;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Clause> children = new ArrayList<>();
    private final List<Cell> cells = new ArrayList<>();
    private int start = -1;
    private int end = -1;

    /**
     * A paragraph of the clause's own text, with the source position of each of its characters: as ints, since a
     * boxed position per character was most of the heap of a corpus's parses held at once (47 million of them,
     * 760 MB, for the gazette texts in a test).
     */
    private static final class Paragraph {
        private final StringBuilder text;
        private int[] offsets;
        private int size;

        Paragraph(CleanLine line) {
            text = new StringBuilder(line.text());
            offsets = line.offsets().clone();
            size = offsets.length;
        }

        StringBuilder text() {
            return text;
        }

        int start() {
            return offsets[0];
        }

        /** Appends {@code line} after a space that stands at {@code line}'s start. */
        void append(CleanLine line) {
            int[] more = line.offsets();
            if (size + 1 + more.length > offsets.length)
                offsets = Arrays.copyOf(offsets, Math.max(size + 1 + more.length, 2 * offsets.length));
            offsets[size++] = line.sourceStart();
            System.arraycopy(more, 0, offsets, size, more.length);
            size += more.length;
            text.append(' ').append(line.text());
        }
    }

    /** Source position (code points) of each character of {@link #text()}; set once the parse is done. */
    private int[] textOffsets = new int[0];
    /** Source position (code points) just after each character of {@link #text()}. */
    private int[] textEnds = new int[0];

    Clause(ClauseKind kind, String number, int line) {
        this.kind = kind;
        this.number = number;
        this.line = line;
    }

    public ClauseKind kind() {
        return kind;
    }
    /** The number as printed ("III", "1.1", "a", "3"); null for unnumbered kinds. */
    public String number() {
        return number;
    }
    /** 1-based source line where the clause starts. */
    public int line() {
        return line;
    }
    /** Akoma Ntoso-style identifier, unique within its document: "sec_III__para_1.1". */
    public String eId() {
        return eId;
    }
    /** Readable position: "III.1.1", "II.2.2.(1)". */
    public String numberPath() {
        return numberPath;
    }

    public String heading() {
        return heading;
    }
    /** The clause's own words (not its children's): paragraphs separated by '\n'. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(p.text());
        }
        return sb.toString();
    }
    /** Start of the own text in the source, in NFC code points. */
    public int start() {
        return start;
    }
    /** End (exclusive) of the own text in the source, in NFC code points. */
    public int end() {
        return end;
    }

    public List<Clause> children() {
        return Collections.unmodifiableList(children);
    }

    public List<Cell> cells() {
        return Collections.unmodifiableList(cells);
    }

    /** This clause and all below it, depth first in document order. */
    public List<Clause> flatten() {
        List<Clause> out = new ArrayList<>();
        collect(out);
        return out;
    }

    private void collect(List<Clause> out) {
        out.add(this);
        for (Clause c : children) c.collect(out);
    }

    // ---- building (package-private)

    void heading(String h) {
        this.heading = h;
    }

    void eId(String id) {
        this.eId = id;
    }

    void numberPath(String p) {
        this.numberPath = p;
    }

    void addChild(Clause c) {
        children.add(c);
    }

    void addCell(Cell c) {
        cells.add(c);
    }

    boolean hasText() {
        return !paragraphs.isEmpty();
    }
    /** Footnotes do not count: the paragraphs after one still belong to the clause's own text. */
    boolean hasChildren() {
        return children.stream().anyMatch(c -> c.kind != ClauseKind.FOOTNOTE);
    }

    void addParagraph(CleanLine line) {
        paragraphs.add(new Paragraph(line));
    }

    /** Joins a line broken off the last paragraph (a page break inside a sentence). */
    void continueParagraph(CleanLine line) {
        paragraphs.get(paragraphs.size() - 1).append(line);
    }

    /** The source span, in code points, of the characters {@code from} (inclusive) to {@code to} (exclusive) of {@link #text()}. */
    public int[] sourceSpan(int from, int to) {
        if (from < 0 || to > textOffsets.length || from >= to)
            throw new IndexOutOfBoundsException("[" + from + ", " + to + ") of a text of " + textOffsets.length);
        return new int[] {textOffsets[from], textEnds[to - 1]};
    }

    /** The last character of the own text, or 0 when there is none; cheap, unlike {@link #lastParagraph()}. */
    char lastChar() {
        if (paragraphs.isEmpty()) return 0;
        StringBuilder last = paragraphs.get(paragraphs.size() - 1).text();
        return last.isEmpty() ? 0 : last.charAt(last.length() - 1);
    }

    String lastParagraph() {
        return paragraphs.isEmpty()
                ? null
                : paragraphs.get(paragraphs.size() - 1).text().toString();
    }

    /** Converts the char range of the paragraphs into code-point offsets of {@code src}. */
    void fixSpan(SourceText src) {
        if (paragraphs.isEmpty()) return;
        int count = 0;
        for (Paragraph p : paragraphs) count += (count > 0 ? 1 : 0) + p.size;
        int[] all = new int[count];
        int filled = 0;
        for (Paragraph p : paragraphs) {
            if (filled > 0) all[filled++] = p.start(); // the '\n' between paragraphs
            System.arraycopy(p.offsets, 0, all, filled, p.size);
            filled += p.size;
        }
        String text = text();
        textOffsets = new int[all.length];
        textEnds = new int[all.length];
        for (int i = 0; i < all.length; i++) {
            int at = all[i];
            // One clean character normally stands for one source character; a superscript for its whole tag.
            // (A superscript the source writes as the character itself, as gazette text does, is one character.)
            int length = LineCleaner.SUPERSCRIPT_DIGITS.indexOf(text.charAt(i)) >= 0
                            && src.text().startsWith("<sup>", at)
                    ? LineCleaner.SUPERSCRIPT_TAG_LENGTH
                    : 1;
            textOffsets[i] = src.codePointOffset(at);
            textEnds[i] = src.codePointOffset(at + length);
        }
        start = textOffsets[0];
        end = textEnds[textEnds.length - 1];
        cells.replaceAll(c -> new Cell(
                c.column(), c.heading(), c.text(), src.codePointOffset(c.start()), src.codePointOffset(c.end())));
    }
}
