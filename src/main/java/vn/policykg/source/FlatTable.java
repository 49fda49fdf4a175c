package vn.policykg.source;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A table that PDF-to-text flattened to one cell fragment per line, in reading order. Its cells
 * cannot be told apart from the text alone (the PDF keeps them), so the table is kept whole: one
 * row per line that is only the next row number (1, 2, … restarting after a group numeral "I."),
 * a group per such numeral, and the whole table as one paragraph when no row numbers are seen.
 * Read cell by cell with the plan rules, such a table would become thousands of clauses.
 */
final class FlatTable {

    private static final Pattern HEADER = Pattern.compile("(?i)(STT|TT|Số TT|Số thứ tự|Mã hàng|Mã số)");
    private static final Pattern ROW_NUMBER = Pattern.compile("(\\d{1,4})\\.?");
    private static final Pattern GROUP = Pattern.compile("(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\\.?");
    /** Lines this much shorter than the document's wrap width are cell fragments, not wrapped text. */
    private static final double FRAGMENT_SHARE_OF_WIDTH = 0.5;

    private FlatTable() {}

    /**
     * Where a flattened table starts among {@code lines}: its header line ("STT", "TT", "Mã hàng"), or
     * the first line when most lines are fragments; -1 when the lines are running text.
     */
    static int start(List<LogicalLine> lines, int wrapWidth) {
        for (int i = 0; i < lines.size(); i++)
            if (HEADER.matcher(lines.get(i).text()).matches()) return i;
        long fragments =
                lines.stream().filter(l -> isFragment(l.text(), wrapWidth)).count();
        return lines.size() >= 10 && fragments * 2 > lines.size() ? 0 : -1;
    }

    /**
     * A cell fragment: a short line that neither opens with a numbering or bullet nor ends a sentence or a
     * lead-in — the headings, bullets and paragraphs of a Markdown transcription are none of these.
     */
    private static boolean isFragment(String text, int wrapWidth) {
        if (text.length() >= wrapWidth * FRAGMENT_SHARE_OF_WIDTH || Numbering.of(text) != null) return false;
        return text.isEmpty() || ".;:".indexOf(text.charAt(text.length() - 1)) < 0;
    }

    /** Adds the table's rows (or its one paragraph) to {@code frame}, and a note saying how it was kept. */
    static void parseInto(List<LogicalLine> lines, Clause frame, List<String> notes) {
        if (lines.isEmpty()) return;
        Clause group = null;
        Clause current = null;
        int expectedRow = 1;
        int rows = 0;
        for (LogicalLine line : lines) {
            var row = ROW_NUMBER.matcher(line.text());
            if (row.matches() && Integer.parseInt(row.group(1)) == expectedRow) {
                current = new Clause(ClauseKind.ROW, row.group(1), line.lineNo());
                (group != null ? group : frame).addChild(current);
                expectedRow++;
                rows++;
                continue;
            }
            var numeral = GROUP.matcher(line.text());
            if (numeral.matches()
                    && numeral.group(1).equals(AppendixParser.nextRoman(group == null ? null : group.number()))) {
                group = current = new Clause(ClauseKind.SECTION, numeral.group(1), line.lineNo());
                frame.addChild(group);
                expectedRow = 1;
                continue;
            }
            if (current == null) {
                current = new Clause(ClauseKind.UNNUMBERED, null, line.lineNo());
                frame.addChild(current);
            }
            if (current.hasText()) current.continueParagraph(line.clean());
            else current.addParagraph(line.clean());
        }
        notes.add("line " + lines.get(0).lineNo() + ": a table flattened to one cell fragment per line ("
                + lines.size() + " lines) is kept "
                + (rows > 0 ? "as " + rows + " rows" : "as one paragraph: no row numbers seen")
                + "; its cells are not told apart");
    }
}
