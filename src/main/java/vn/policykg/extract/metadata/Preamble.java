package vn.policykg.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements between the title and the first article, each possibly over several lines and
 * ended by ';', '.' or ':': legal bases ("Căn cứ …"), what the document implements ("Thực hiện …"),
 * the proposal ("Theo đề nghị của …") and the rest (the enacting sentence "Chính phủ ban hành …",
 * a consolidated text's list of the documents it consolidates).
 */
final class Preamble {

    enum Opening {
        BASIS("Căn cứ"),
        IMPLEMENTS("Thực hiện"),
        PROPOSAL("(?:Theo|Xét) đề nghị của"),
        OTHER(null);

        private final Pattern pattern;

        Opening(String words) {
            this.pattern = words == null ? null : Pattern.compile("^" + words + "\\s+");
        }
    }

    /** A statement: its opening, the view range of its words after the opening words, and those words. */
    record Statement(Opening opening, int start, int end, Found<String> words) {}

    private static final Pattern END = Pattern.compile("[;.:]$");
    private static final Pattern BODY = Pattern.compile("^(?:Điều \\d|Chương [IVX]|Phần [IVX\\d]|[IVX]+\\.\\s)");

    private Preamble() {}

    /** The statements of lines [from, to): capitals lines before them are skipped, one after them ends the preamble. */
    static List<Statement> read(ReadingText text, int from, int to) {
        List<Statement> statements = new ArrayList<>();
        List<ReadingText.Line> lines = text.lines();
        int i = from;
        while (i < Math.min(to, lines.size())) {
            String line = lines.get(i).text();
            if (BODY.matcher(line).find()) break;
            if (Lines.capitals(line)) {
                if (!statements.isEmpty()) break;
                i++;
                continue;
            }
            int last = i;
            while (!END.matcher(lines.get(last).text()).find()
                    && last + 1 < to
                    && last + 1 < lines.size()
                    && opening(lines.get(last + 1).text()) == Opening.OTHER
                    && !BODY.matcher(lines.get(last + 1).text()).find()
                    && !Lines.capitals(lines.get(last + 1).text())) last++;
            statements.add(statement(text, lines.get(i).start(), lines.get(last).end()));
            i = last + 1;
        }
        return statements;
    }

    private static Opening opening(String line) {
        for (Opening o : Opening.values())
            if (o.pattern != null && o.pattern.matcher(line).find()) return o;
        return Opening.OTHER;
    }

    private static Statement statement(ReadingText text, int start, int end) {
        String view = text.view();
        Opening opening = opening(view.substring(start, end));
        int from = start;
        if (opening.pattern != null) {
            Matcher m = opening.pattern.matcher(view).region(start, end);
            m.lookingAt();
            from = m.end();
        }
        int to = END.matcher(view.substring(from, end)).find() ? end - 1 : end;
        return new Statement(
                opening,
                start,
                end,
                text.found(view.substring(from, to).replaceAll("\\s+", " ").strip(), from, to));
    }
}
