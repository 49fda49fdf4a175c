package vn.policykg.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuing body in capitals above the number line ("CHÍNH PHỦ", "BỘ LAO ĐỘNG - THƯƠNG BINH /
 * VÀ XÃ HỘI", "ỦY BAN NHÂN DÂN / TỈNH LÀO CAI"). Read upwards from the number past the motto and
 * gazette labels. A line that does not open with a body's head word continues the body above it;
 * a repeated body (the gazette repeats the header) counts once; a joint document's bodies, joined
 * by " - ", are each an issuer. Of bodies stacked on separate lines ("BAN CHẤP HÀNH TRUNG ƯƠNG / ĐẢNG ĐOÀN
 * QUỐC HỘI", "ỦY BAN NHÂN DÂN TỈNH … / SỞ Y TẾ") the upper ones are the issuer's superior and the last is the issuer.
 */
final class IssuerBlock {

    private static final String HEAD =
            "(?:BỘ |CHÍNH PHỦ|THỦ TƯỚNG|QUỐC HỘI|Ủ?[YỶ] BAN|UỶ BAN|VIỆN |TÒA ÁN|TOÀ ÁN|TỈNH [UỦ][YỶ]|THÀNH [UỦ][YỶ]|"
                    + "ĐẢNG ĐOÀN|ĐẢNG [UỦ][YỶ]|ĐẢNG BỘ|BAN |HỘI ĐỒNG|VĂN PHÒNG|NGÂN HÀNG|KIỂM TOÁN|BẢO HIỂM XÃ HỘI|TỔNG |CHỦ TỊCH|HỘI |LIÊN ĐOÀN)";
    private static final Pattern STARTS_BODY = Pattern.compile("^" + HEAD);
    private static final Pattern JOINT = Pattern.compile("\\s+-\\s+(?=" + HEAD + ")");
    /** How many lines above the number an issuer block may reach. */
    private static final int REACH = 12;

    private IssuerBlock() {}

    private record Piece(String text, int start, int end) {}

    static List<Found<String>> read(ReadingText text, int numberLine) {
        List<Piece> lines = new ArrayList<>();
        List<ReadingText.Line> all = text.lines();
        for (int i = numberLine - 1; i >= 0 && i >= numberLine - REACH; i--) {
            ReadingText.Line line = all.get(i);
            int motto = Lines.motto(line.text());
            String words =
                    motto < 0 ? line.text() : line.text().substring(0, motto).strip();
            if (words.isEmpty() || Lines.gazette(words)) continue;
            if (!Lines.capitals(words)) break;
            lines.addFirst(new Piece(words, line.start(), line.start() + words.length()));
        }
        List<Piece> bodies = new ArrayList<>();
        for (Piece line : lines) {
            Piece last = bodies.isEmpty() ? null : bodies.getLast();
            if (last != null
                    && (last.text.endsWith("-")
                            || !STARTS_BODY.matcher(line.text).find()))
                bodies.set(bodies.size() - 1, new Piece(last.text + " " + line.text, last.start, line.end));
            else bodies.add(line);
        }
        if (bodies.isEmpty()) return new ArrayList<>();
        List<Found<String>> issuers = new ArrayList<>();
        for (Found<String> issuer : split(text, bodies.getLast()))
            if (issuers.stream().noneMatch(i -> i.value().equals(issuer.value()))) issuers.add(issuer);
        return issuers;
    }

    /** A joint document's block into its bodies, each with its own span. */
    private static List<Found<String>> split(ReadingText text, Piece body) {
        List<Found<String>> parts = new ArrayList<>();
        String view = text.view();
        Matcher joint = JOINT.matcher(view).region(body.start, body.end);
        int from = body.start;
        while (true) {
            int to = joint.find() ? joint.start() : body.end;
            String words = view.substring(from, to)
                    .replaceAll("\\s+", " ")
                    .replaceAll("\\s*-$", "")
                    .strip();
            if (!words.isEmpty())
                parts.add(text.found(
                        words,
                        from,
                        from
                                + view.substring(from, to)
                                        .stripTrailing()
                                        .replaceAll("\\s*-$", "")
                                        .length()));
            if (to == body.end) return parts;
            from = joint.end();
        }
    }
}
