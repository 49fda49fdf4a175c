package vn.policykg.source;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A clean, non-blank line of the document's own words and the physical line it came from. Page
 * furniture ({@link PageFurniture}) never becomes a logical line, so it can never reach a clause.
 */
record LogicalLine(CleanLine clean, int lineNo, SourceText.Line physical) {

    /** "**I. …****1. …**": two bold headings run together on one line of a Word export. */
    private static final Pattern MERGED_HEADINGS = Pattern.compile("\\*\\*\\*\\*(?=\\s*\\d)");

    String text() {
        return clean.text();
    }

    /** The document's logical lines; how many furniture lines were left out goes to {@code notes}. */
    static List<LogicalLine> read(SourceText src, List<String> notes) {
        List<SourceText.Line> physical = src.lines();
        PageFurniture.Kind[] furniture = PageFurniture.classify(
                physical.stream().map(SourceText.Line::text).toList());
        Map<PageFurniture.Kind, Integer> skipped = new EnumMap<>(PageFurniture.Kind.class);
        List<LogicalLine> out = new ArrayList<>();
        for (int i = 0; i < physical.size(); i++) {
            if (furniture[i] != null) {
                skipped.merge(furniture[i], 1, Integer::sum);
                continue;
            }
            SourceText.Line line = physical.get(i);
            int from = line.start();
            var m = MERGED_HEADINGS.matcher(line.text());
            while (m.find()) {
                int cut = line.start() + m.start() + 2;
                add(out, LineCleaner.clean(src.text(), from, cut), line);
                from = cut;
            }
            add(out, LineCleaner.clean(src.text(), from, line.end()), line);
        }
        if (!skipped.isEmpty()) {
            StringBuilder note = new StringBuilder("page furniture left out:");
            skipped.forEach((kind, n) -> note.append(' ')
                    .append(n)
                    .append(' ')
                    .append(kind.description())
                    .append(" line(s);"));
            notes.add(note.substring(0, note.length() - 1));
        }
        return out;
    }

    private static void add(List<LogicalLine> out, CleanLine clean, SourceText.Line physical) {
        if (!clean.isEmpty()) out.add(new LogicalLine(clean, physical.number(), physical));
    }
}
