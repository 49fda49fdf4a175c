package vn.policykg.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

/**
 * HTML pages (gazette pages, portals) with jsoup: the body's text with every block element (p, div,
 * h1–h6, li, …) and every br ending a line, tables as tab-separated rows, an ordered list's items with the
 * numbers a browser shows. Scripts, styles, navigation and the head are dropped. The charset is the one a
 * byte order mark or meta element declares, else UTF-8. The origin's line is the line of the HTML source
 * where the line's text starts.
 */
public final class HtmlReader implements DocumentReader {

    /** What a reader of the page does not read as its text. */
    private static final String NOT_TEXT = "head, script, style, noscript, template, nav";

    @Override
    public List<String> mediaTypes() {
        return List.of("text/html", "application/xhtml+xml");
    }

    @Override
    public List<String> extensions() {
        return List.of("html", "htm", "xhtml");
    }

    @Override
    public ReadDocument read(Path file, byte[] bytes, ReadLimits limits) {
        Document page;
        try {
            page = Jsoup.parse(
                    new ByteArrayInputStream(bytes),
                    null,
                    "",
                    Parser.htmlParser().setTrackPosition(true));
        } catch (IOException e) {
            throw new UnreadableFileException(file, "", "cannot decode the page: " + e.getMessage(), e);
        }
        page.select(NOT_TEXT).remove();
        ReadingText text = new ReadingText(file, limits);
        new Walk(text).traverse(page.body());
        return text.document(mediaTypes().getFirst(), bytes);
    }

    /** Iterative (jsoup's traversor), so a deeply nested page cannot overflow the stack. */
    private static final class Walk implements NodeFilter {
        private final ReadingText text;
        private final StringBuilder line = new StringBuilder();
        private final Map<Element, Integer> listCounters = new IdentityHashMap<>();
        private int origin = 1;
        private boolean lineStarted;

        Walk(ReadingText text) {
            this.text = text;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                if (!t.isBlank()) startLine(t, leadingLineBreaks(t.getWholeText()));
                line.append(t.getWholeText());
            } else if (node instanceof Element e) {
                switch (e.normalName()) {
                    case "br" -> flush();
                    case "table" -> {
                        if (isLayout(e)) flush(); // a one-column table only lays out blocks: walk into it
                        else {
                            table(e);
                            return FilterResult.SKIP_CHILDREN;
                        }
                    }
                    case "pre" -> {
                        pre(e);
                        return FilterResult.SKIP_CHILDREN;
                    }
                    default -> {
                        if (e.isBlock()) flush();
                        if ("li".equals(e.normalName())
                                && e.parent() != null
                                && "ol".equals(e.parent().normalName())) {
                            startLine(e, 0);
                            line.append(listLabel(e.parent(), e)).append(' ');
                        }
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && (e.isBlock() || "table".equals(e.normalName()))) flush();
            return FilterResult.CONTINUE;
        }

        void traverse(Element body) {
            if (body != null) NodeFilter.super.traverse(body);
            flush();
        }

        private void table(Element table) {
            flush();
            for (Element caption : table.select("> caption")) text.line(caption.text(), lineOf(caption));
            for (Element row : rows(table))
                text.row(
                        row.children().stream()
                                .filter(Walk::isCell)
                                .map(Element::text)
                                .toList(),
                        lineOf(row));
            text.endTable();
        }

        private static List<Element> rows(Element table) {
            return table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr");
        }

        private static boolean isLayout(Element table) {
            return rows(table).stream()
                    .allMatch(
                            row -> row.children().stream().filter(Walk::isCell).count() <= 1);
        }

        private static boolean isCell(Element e) {
            return "td".equals(e.normalName()) || "th".equals(e.normalName());
        }

        /** Preformatted text keeps its own line breaks. */
        private void pre(Element pre) {
            flush();
            String[] lines = pre.wholeText().split("\n", -1);
            for (int i = 0; i < lines.length; i++) if (!lines[i].isBlank()) text.line(lines[i], lineOf(pre) + i);
        }

        /** The number a browser shows: the list's start, an item's own value, the list's type (1, a, A, i, I). */
        private String listLabel(Element list, Element item) {
            int n = integer(item.attr("value"))
                    .orElse(
                            listCounters.containsKey(list)
                                    ? listCounters.get(list) + 1
                                    : integer(list.attr("start")).orElse(1));
            listCounters.put(list, n);
            ListNumber format = switch (list.attr("type")) {
                case "a" -> ListNumber.LOWER_LETTER;
                case "A" -> ListNumber.UPPER_LETTER;
                case "i" -> ListNumber.LOWER_ROMAN;
                case "I" -> ListNumber.UPPER_ROMAN;
                default -> ListNumber.DECIMAL;
            };
            return format.format(n) + ".";
        }

        private static Optional<Integer> integer(String s) {
            try {
                return s.isBlank() ? Optional.empty() : Optional.of(Integer.parseInt(s.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        private void startLine(Node node, int linesDown) {
            if (!lineStarted) {
                origin = lineOf(node) + linesDown;
                lineStarted = true;
            }
        }

        /** A text node starting "\n  kinh tế" starts its words a line below its own start. */
        private static int leadingLineBreaks(String s) {
            int breaks = 0;
            for (int i = 0; i < s.length() && Character.isWhitespace(s.charAt(i)); i++)
                if (s.charAt(i) == '\n') breaks++;
            return breaks;
        }

        private void flush() {
            if (!line.isEmpty() && !line.toString().isBlank()) text.line(line.toString(), origin);
            line.setLength(0);
            lineStarted = false;
        }

        /** The source line where a node starts, or of its nearest ancestor the parser placed (an implied tbody is not). */
        private int lineOf(Node node) {
            for (Node n = node; n != null; n = n.parent()) {
                Range range = n.sourceRange();
                if (range.isTracked()) return range.start().lineNumber();
            }
            return origin;
        }
    }
}
