package vn.policykg.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a value is a level or a change, and the baseline a change is measured from: "tăng 25% so với năm
 * 2020" is a rise from 2020, "giảm bình quân 1-1,5%/năm" a yearly fall, "tăng lên 80%" and "giảm xuống còn 3%"
 * levels; in a table, "… tăng trung bình" and "Thu hút thêm …" name a change.
 */
final class TargetChange {

    /** A change verb just before the value, with the words that may stand between ("tăng bình quân khoảng"). */
    private static final Pattern VERB_BEFORE = Pattern.compile(
            "(?iuU)\\b(?<verb>tăng|giảm|nâng|hạ|thêm)(?:\\s+(?:thêm|bình quân|trung bình|(?:mỗi|hằng|hàng) năm|"
                    + "ít nhất|tối thiểu|khoảng|trên|dưới|từ|được|ở mức|mức))*\\s*$");
    /** "Giảm tỷ lệ hộ nghèo bình quân 1,5%/năm": a sentence part that opens with the change. */
    private static final Pattern VERB_OPENS = Pattern.compile(
            "(?iuU)^[\\s,;:]*(?:phấn đấu\\s+)?(?<verb>tăng|giảm)\\s+(?!lên|xuống|còn|trưởng|cường|nghèo|thiểu|dần)");
    /** "Mức giảm tỷ lệ hộ nghèo … đạt bình quân 3%/năm": the indicator is the change itself. */
    private static final Pattern MEASURES_CHANGE =
            Pattern.compile("(?iuU)^[\\s,;:]*(?:phấn đấu\\s+)?mức\\s+(?<verb>tăng|giảm)\\b");
    /** "tăng lên", "giảm xuống (còn)", "giảm còn", "… đạt", "… là": the value is the level reached. */
    private static final Pattern TO_LEVEL =
            Pattern.compile("(?iuU)\\b(?:lên|xuống|còn|đến|đạt|là)\\s*(?:mức\\s*)?(?:\\p{L}+\\s*)?$");
    /** An indicator that ends in its change ("… tăng trung bình") or opens with adding more ("Thu hút thêm …"). */
    private static final Pattern VERB_IN_INDICATOR =
            Pattern.compile("(?iuU)\\b(?<verb>tăng|giảm)(?:\\s+(?:bình quân|trung bình|(?:mỗi|hằng|hàng) năm))*\\s*$"
                    + "|^\\s*(?:\\p{L}+\\s+){1,2}(?<more>thêm)\\b");

    private static final Pattern BASELINE = Pattern.compile(
            "(?iuU)^[^;.]*?\\bso với\\s+(?:cùng kỳ\\s+)?(?:(?:cuối|đầu)\\s+)?(?:năm|giai đoạn|thời điểm)?\\s*(\\d{4})(?:\\s*[-–]\\s*(\\d{4}))?");

    private TargetChange() {}

    /**
     * The change the words of a sentence part before a value state ("… tăng 25%", "Giảm tỷ lệ … bình quân
     * 1,5%/năm"): LEVEL when they state none or lead to the level reached ("giảm xuống còn 3%").
     */
    static Target.Change before(String wordsBefore) {
        Matcher m = VERB_BEFORE.matcher(wordsBefore);
        if (m.find()) return change(m.group("verb"));
        Matcher measures = MEASURES_CHANGE.matcher(wordsBefore);
        if (measures.find()) return change(measures.group("verb"));
        if (TO_LEVEL.matcher(wordsBefore).find()) return Target.Change.LEVEL;
        Matcher opens = VERB_OPENS.matcher(wordsBefore);
        return opens.find() ? change(opens.group("verb")) : Target.Change.LEVEL;
    }

    /** The change a table's indicator words name, or LEVEL. */
    static Target.Change ofIndicator(String indicator) {
        Matcher m = VERB_IN_INDICATOR.matcher(indicator);
        if (!m.find()) return Target.Change.LEVEL;
        return m.group("more") != null ? Target.Change.RISE : change(m.group("verb"));
    }

    /** "so với năm 2020" in the words after a value (up to the end of its sentence part): the baseline, or null. */
    static String baseline(String wordsAfter) {
        Matcher m = BASELINE.matcher(wordsAfter);
        if (!m.find()) return null;
        return m.group(2) == null ? m.group(1) : m.group(1) + "-" + m.group(2);
    }

    private static Target.Change change(String verb) {
        return switch (verb.toLowerCase(Locale.ROOT)) {
            case "giảm", "hạ" -> Target.Change.FALL;
            default -> Target.Change.RISE;
        };
    }
}
