package vn.policykg.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An appendix ("PHỤ LỤC") holding a tab-separated table: its title, group rows ("I CÁC CHỈ TIÊU
 * VỀ KINH TẾ") as sections, numbered rows as rows with cells, and the unnumbered rows ("-", "+",
 * blank) as sub-rows of the row above. Repeated header rows and page numbers are skipped.
 */
final class AppendixParser {

    private static final Pattern ROMAN = Pattern.compile("XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I");
    private static final Pattern ROMAN_WITH_TITLE = Pattern.compile("(" + ROMAN.pattern() + ") (\\p{Lu}.*)");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");
    private static final String[] ROMANS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private AppendixParser() {}

    /** A cell's clean text and where it stands. */
    private record RawCell(int column, CleanLine clean) {
        String text() {
            return clean.text();
        }
    }

    /**
     * Never throws on odd input: a row with fewer cells than a rule expects reads the missing cells as
     * empty, and an appendix without a table header keeps its lines as text, with a note.
     */
    static Clause parse(SourceText src, List<SourceText.Line> lines, String annexNumber, List<String> notes) {
        Clause annex = new Clause(
                ClauseKind.ANNEX,
                annexNumber,
                lines.isEmpty() ? 0 : lines.get(0).number());
        if (lines.isEmpty()) {
            notes.add("appendix " + annexNumber + " has no lines");
            return annex;
        }
        annex.heading(
                LineCleaner.clean(src.text(), lines.get(0).start(), lines.get(0).end())
                        .text());
        List<String> columns = null;
        Clause section = null;
        Clause row = null;
        Clause dashRow = null;
        String lastRoman = null;

        for (SourceText.Line line : lines.subList(1, lines.size())) {
            if (MARKDOWN_RULE.matcher(line.text()).matches()) continue;
            List<RawCell> cells = cells(src, line);
            if (cells.stream().allMatch(c -> c.text().isEmpty())) continue;
            String first = cells.get(0).text();
            boolean restEmpty = cells.subList(1, cells.size()).stream()
                    .allMatch(c -> c.text().isEmpty());
            if (first.equals("STT") || first.equals("TT")) {
                if (columns == null) columns = cells.stream().map(RawCell::text).toList();
                continue;
            }
            if (columns == null) {
                // Title lines between "PHỤ LỤC" and the table.
                CleanLine title = LineCleaner.clean(src.text(), line.start(), line.end());
                annex.addParagraph(title);
                continue;
            }
            var romanTitle = ROMAN_WITH_TITLE.matcher(first);
            boolean romanOnly = ROMAN.matcher(first).matches();
            if ((romanOnly && dataCells(cells) <= 1 && !cellText(cells, 1).isEmpty() && restEmptyAfter(cells, 2))
                    || (romanTitle.matches() && restEmpty)) {
                String number = romanOnly ? first : romanTitle.group(1);
                CleanLine title =
                        romanOnly ? cells.get(1).clean() : cells.get(0).clean().from(number.length());
                section = group(annex, number, title, line.number());
                lastRoman = number;
                row = dashRow = null;
                continue;
            }
            if (restEmpty && DIGITS.matcher(first).matches()) {
                notes.add("line " + line.number() + ": a lone number '" + first
                        + "' in the appendix table is a page number; skipped");
                continue;
            }
            if (restEmpty && StructureParser.isUpperCase(first)) {
                String number = nextRoman(lastRoman);
                notes.add("line " + line.number() + ": group heading '" + first + "' has no numeral; it follows group "
                        + lastRoman + ", so it is group " + number);
                section = group(annex, number, cells.get(0).clean(), line.number());
                lastRoman = number;
                row = dashRow = null;
                continue;
            }
            Clause parent = section != null ? section : annex;
            if (DIGITS.matcher(first).matches()) {
                row = dataRow(first, cells, columns, line.number());
                parent.addChild(row);
                dashRow = null;
            } else if (romanOnly) {
                notes.add("line " + line.number() + ": row '" + cellText(cells, 1) + "' carries the group numeral "
                        + first + " in its STT cell; kept as an unnumbered row of group " + lastRoman);
                row = dataRow(null, cells, columns, line.number());
                parent.addChild(row);
                dashRow = null;
            } else {
                Clause sub = dataRow(null, cells, columns, line.number());
                Clause owner = first.equals("+") && dashRow != null ? dashRow : row != null ? row : parent;
                owner.addChild(sub);
                if (first.equals("-")) dashRow = sub;
            }
        }
        if (columns == null)
            notes.add("line " + lines.get(0).number() + ": appendix " + annexNumber
                    + " has no table header (STT); its lines are kept as its text");
        return annex;
    }

    /** The text of cell {@code i}, or "" when the row has fewer cells. */
    private static String cellText(List<RawCell> cells, int i) {
        return i < cells.size() ? cells.get(i).text() : "";
    }

    private static Clause group(Clause annex, String number, CleanLine title, int lineNo) {
        Clause section = new Clause(ClauseKind.SECTION, number, lineNo);
        section.heading(title.text());
        section.addParagraph(title);
        annex.addChild(section);
        return section;
    }

    /** A table row: its cells after the STT column; its text is those cells joined by " | ". */
    private static Clause dataRow(String number, List<RawCell> cells, List<String> columns, int lineNo) {
        Clause row = new Clause(ClauseKind.ROW, number, lineNo);
        List<RawCell> filled = cells.subList(1, cells.size()).stream()
                .filter(c -> !c.text().isEmpty())
                .toList();
        StringBuilder text = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        for (RawCell c : filled) {
            if (!text.isEmpty()) {
                text.append(" | ");
                offsets.addAll(List.of(
                        c.clean().sourceStart(),
                        c.clean().sourceStart(),
                        c.clean().sourceStart()));
            }
            text.append(c.text());
            for (int o : c.clean().offsets()) offsets.add(o);
            String heading = c.column() < columns.size() ? columns.get(c.column()) : null;
            row.addCell(new Clause.Cell(
                    c.column(),
                    heading,
                    c.text(),
                    c.clean().sourceStart(),
                    c.clean().sourceEnd()));
        }
        if (!filled.isEmpty())
            row.addParagraph(new CleanLine(
                    text.toString(),
                    offsets.stream().mapToInt(Integer::intValue).toArray(),
                    -1,
                    false,
                    List.of()));
        return row;
    }

    private static int dataCells(List<RawCell> cells) {
        return (int) cells.stream().skip(1).filter(c -> !c.text().isEmpty()).count();
    }

    private static boolean restEmptyAfter(List<RawCell> cells, int from) {
        return cells.stream().skip(from).allMatch(c -> c.text().isEmpty());
    }

    /** The numeral after {@code roman}; "I" after null. */
    static String nextRoman(String roman) {
        for (int i = 0; i < ROMANS.length - 1; i++) if (ROMANS[i].equals(roman)) return ROMANS[i + 1];
        return "I";
    }

    /** A Markdown table's rule row: "| --- | :---: |". */
    private static final Pattern MARKDOWN_RULE = Pattern.compile("^\\s*\\|?(?:\\s*:?-{3,}:?\\s*\\|)+\\s*:?-*:?\\s*$");

    /** Whether a line is a table row: cells separated by tabs (Word's export, the PDF reader) or a Markdown "| a | b |" row. */
    static boolean isTableRow(String line) {
        String t = line.strip();
        return line.indexOf('\t') >= 0 || t.length() > 1 && t.startsWith("|") && t.endsWith("|");
    }

    /** A row's cells: split at tabs, or at the pipes of a Markdown row (whose outer pipes open and close it). */
    private static List<RawCell> cells(SourceText src, SourceText.Line line) {
        List<RawCell> out = new ArrayList<>();
        String text = src.text();
        String stripped = line.text().strip();
        boolean markdown = stripped.length() > 1
                && stripped.startsWith("|")
                && stripped.endsWith("|")
                && line.text().indexOf('\t') < 0;
        int start = markdown ? text.indexOf('|', line.start()) + 1 : line.start();
        int end = markdown ? text.lastIndexOf('|', line.end() - 1) : line.end();
        char separator = markdown ? '|' : '\t';
        int from = start;
        int col = 0;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == separator) {
                out.add(new RawCell(col++, LineCleaner.clean(text, from, i)));
                from = i + 1;
            }
        }
        return out;
    }
}
