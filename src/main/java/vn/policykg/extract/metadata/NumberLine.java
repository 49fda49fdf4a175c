package vn.policykg.extract.metadata;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document's own number, by preference: the header line "Số: 844/QĐ-TTg" ("Luật số: 41/2024/QH15",
 * "Nghị quyết số: 89/2025/UBTVQH15") before the first article; a consolidated text's number in its
 * authentication block after the text ("Số: 06/VBHN-BYT" / "XÁC THỰC VĂN BẢN HỢP NHẤT"); else a
 * heading line naming the document, "Nghị quyết số 57-NQ/TW" (a transcription) or "Thông tư số
 * 102/2018/TT-BTC ngày 14 tháng 11 năm 2018" (a gazette part continuing an earlier issue).
 */
final class NumberLine {

    private static final Pattern NUMBER_LINE = Pattern.compile("(?m)^(?:\\p{L}+ ){0,2}(?:[Ss]ố\\s*:[ ]*|Số[ ]+(?=(?:"
            + DocumentNumbers.NUMBER + ")[ ]*$))(" + DocumentNumbers.NUMBER + ")");
    private static final Pattern HEADING = Pattern.compile("(?m)^\\p{Lu}\\p{Ll}+(?: \\p{Ll}+){0,2} số[ ]*("
            + DocumentNumbers.NUMBER + ")[ ]*(?:ngày \\d{1,2} tháng \\d{1,2} năm \\d{4})?[ ]*$");

    /** The header takes the first kept lines; a "Số:" line further down belongs to a quoted document. */
    private static final int HEADER_LINES = 40;

    private NumberLine() {}

    static Optional<Found<String>> read(ReadingText text, int bodyStart) {
        Matcher m = NUMBER_LINE.matcher(text.view());
        Found<String> consolidated = null;
        while (m.find()) {
            if (m.start() < bodyStart && text.lineAt(m.start()) < HEADER_LINES) return Optional.of(found(text, m));
            if (consolidated == null && m.group(1).contains("VBHN")) consolidated = found(text, m);
        }
        if (consolidated != null) return Optional.of(consolidated);
        Matcher heading = HEADING.matcher(text.view()).region(0, bodyStart);
        return heading.find() ? Optional.of(found(text, heading)) : Optional.empty();
    }

    private static Found<String> found(ReadingText text, Matcher m) {
        return text.found(DocumentNumbers.normalise(m.group(1)), m.start(1), m.end(1));
    }
}
