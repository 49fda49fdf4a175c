package vn.policykg.extract.metadata;

import java.util.regex.Pattern;

/** What a header line is, by its look: shared by the pieces that walk the header. */
final class Lines {

    private static final Pattern MOTTO =
            Pattern.compile("CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập\\s*-\\s*Tự do|ĐẢNG CỘNG SẢN VIỆT NAM");
    private static final Pattern GAZETTE = Pattern.compile("^VĂN BẢN |CÔNG BÁO|^\\d+$|^XÁC THỰC");

    private Lines() {}

    /** Words in capitals only (issuer lines, kind lines, a law's title), not a line of digits. */
    static boolean capitals(String line) {
        long letters = line.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && line.equals(line.toUpperCase());
    }

    /** Where the national (or Party) motto begins in the line, or -1. */
    static int motto(String line) {
        var m = MOTTO.matcher(line);
        return m.find() ? m.start() : -1;
    }

    /** A label the gazette adds (section heading, a consolidated text's label), or a left-over page number. */
    static boolean gazette(String line) {
        return GAZETTE.matcher(line).find();
    }
}
