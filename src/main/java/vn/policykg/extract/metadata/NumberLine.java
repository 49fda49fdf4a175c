package vn.policykg.extract.metadata;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document's own number: the header line "Số: 844/QĐ-TTg" ("Luật số: 41/2024/QH15",
 * "Nghị quyết số: 89/2025/UBTVQH15"), or a transcription's heading "Nghị quyết số 57-NQ/TW".
 * The first such line before the body counts; a consolidated text carries its number in the
 * authentication block after the text ("Số: 06/VBHN-BYT" / "XÁC THỰC VĂN BẢN HỢP NHẤT").
 */
final class NumberLine {

    private static final Pattern LINE = Pattern.compile(
        "(?m)^(?:(?:\\p{L}+ ){0,2}[Ss]ố\\s*:|\\p{Lu}\\p{Ll}+(?: \\p{Ll}+){0,2} số(?=[ ]*" + DocumentNumbers.NUMBER + "[ ]*$))[ ]*(" + DocumentNumbers.NUMBER + ")");

    private NumberLine() {}

    static Optional<Found<String>> read(ReadingText text, int bodyStart) {
        Matcher m = LINE.matcher(text.view());
        Found<String> consolidated = null;
        while (m.find()) {
            String number = DocumentNumbers.normalise(m.group(1));
            if (m.start() < bodyStart)
                return Optional.of(text.found(number, m.start(1), m.end(1)));
            if (consolidated == null && number.contains("VBHN"))
                consolidated = text.found(number, m.start(1), m.end(1));
        }
        return Optional.ofNullable(consolidated);
    }
}
