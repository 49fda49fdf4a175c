package vn.policykg.extract.metadata;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kind line in capitals ("NGHỊ ĐỊNH", "QUYẾT ĐỊNH" with a footnote mark "QUYẾT ĐỊNH1",
 * "CHƯƠNG TRÌNH HÀNH ĐỘNG") and the title on the lines after it, which ends where the preamble
 * begins ("Căn cứ", "Thực hiện", "Theo đề nghị"), at the first article, or where the letter case
 * changes (a sentence-case title is followed by the enacting body in capitals; a law's title in
 * capitals by sentence-case text). In a consolidated text the list of consolidated documents
 * ("Thông tư số 04/2017/TT-BYT ngày …") follows the title directly.
 */
final class KindAndTitle {

    record Result(Found<DocumentKind> kind, Optional<Found<String>> title, int nextLine) {}

    private static final Pattern FOOTNOTE = Pattern.compile("\\d+$");
    private static final Pattern PREAMBLE = Pattern.compile(
            "^(?:Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Trên cơ sở|Điều \\d|Chương [IVX]|Phần [IVX\\d]|[IVX]+\\.\\s)");
    private static final Pattern CONSOLIDATED_ITEM = Pattern.compile(
            "^(?:\\d+\\.\\s*)?(?:Luật|Pháp lệnh|Nghị định|Nghị quyết|Quyết định|Thông tư(?: liên tịch)?)\\b[^\\n]*?\\bsố\\s+\\d");
    private static final int MAX_TITLE_LINES = 8;

    private KindAndTitle() {}

    /** The first kind line in lines [from, to) other than a consolidated-text label, and its title. */
    static Optional<Result> read(ReadingText text, int from, int to, boolean consolidated) {
        List<ReadingText.Line> lines = text.lines();
        for (int i = from; i < Math.min(to, lines.size()); i++) {
            ReadingText.Line line = lines.get(i);
            String words = FOOTNOTE.matcher(line.text()).replaceFirst("").strip();
            if (!Lines.capitals(words) || words.endsWith(":")) continue;
            Optional<DocumentKind> kind = DocumentKind.startingLine(words);
            if (kind.isEmpty() || kind.get() == DocumentKind.CONSOLIDATED_TEXT) continue;
            Found<DocumentKind> found = text.found(kind.get(), line.start(), line.start() + words.length());
            return Optional.of(title(text, i + 1, consolidated, found));
        }
        return Optional.empty();
    }

    private static Result title(ReadingText text, int first, boolean consolidated, Found<DocumentKind> kind) {
        List<ReadingText.Line> lines = text.lines();
        int end = first;
        while (end < lines.size() && end - first < MAX_TITLE_LINES) {
            String line = lines.get(end).text();
            if (PREAMBLE.matcher(line).find()
                    || end > first
                            && Lines.capitals(line)
                                    != Lines.capitals(lines.get(first).text())
                    || consolidated && CONSOLIDATED_ITEM.matcher(line).find()) break;
            end++;
        }
        if (end == first) return new Result(kind, Optional.empty(), end);
        int start = lines.get(first).start(), stop = lines.get(end - 1).end();
        String title = text.view().substring(start, stop).replaceAll("\\s+", " ");
        return new Result(kind, Optional.of(text.found(title, start, stop)), end);
    }
}
