package vn.policykg.source;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering a clean line opens with, if any: "Phần thứ hai", "II.", "II-", "1.", "2.2.1",
 * "a)", "(3)", or a bullet mark. Each kind has a rank; a deeper rank nests under a shallower one.
 */
record Numbering(ClauseKind kind, String number, int depth, int contentStart) {

    private static final String ROMAN = "(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)";
    private static final Pattern PART =
            Pattern.compile("(?i)^phần thứ (nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\\b[.:]?");
    private static final Pattern ROMAN_MARKED = Pattern.compile("^(" + ROMAN + ")\\s*[.\\-–]\\s*(?=\\S)");
    /** "II CÁC CHỈ TIÊU…": a Roman numeral with only a space, accepted before an upper-case heading. */
    private static final Pattern ROMAN_SPACED = Pattern.compile("^(" + ROMAN + ") (?=\\p{Lu}{2})");

    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})(\\.?)(?=\\s|$)");
    private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\)\\s*");
    private static final Pattern PAREN = Pattern.compile("^\\((\\d{1,2})\\)\\s*");
    private static final Pattern BULLET = Pattern.compile("^[-+*•–]\\s+");
    private static final List<String> PART_WORDS =
            List.of("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười");

    /** Classifies {@code text}; returns null for a line without numbering. */
    static Numbering of(String text) {
        Matcher m = PART.matcher(text);
        if (m.lookingAt()) return new Numbering(ClauseKind.PART, ordinal(m.group(1)), 0, m.end());
        m = ROMAN_MARKED.matcher(text);
        if (m.lookingAt()) return new Numbering(ClauseKind.SECTION, m.group(1), 0, m.end());
        m = ROMAN_SPACED.matcher(text);
        if (m.lookingAt()) return new Numbering(ClauseKind.SECTION, m.group(1), 0, m.end());
        m = ARABIC.matcher(text);
        if (m.lookingAt()) {
            String num = m.group(1);
            boolean dotted = num.contains(".");
            // "1 " alone is a count, not a clause number; "1." and "2.2.1" are numbers.
            if (dotted || !m.group(2).isEmpty())
                return new Numbering(ClauseKind.PARAGRAPH, num, num.split("\\.").length, m.end());
        }
        m = LETTER.matcher(text);
        if (m.lookingAt()) return new Numbering(ClauseKind.POINT, m.group(1), 0, m.end());
        m = PAREN.matcher(text);
        if (m.lookingAt()) return new Numbering(ClauseKind.ITEM, m.group(1), 0, m.end());
        m = BULLET.matcher(text);
        if (m.lookingAt()) return new Numbering(ClauseKind.INDENT, null, 0, m.end());
        return null;
    }

    /** "nhất" → "1", "HAI" → "2" … "mười" → "10": the number of "Phần thứ …"; null for another word. */
    static String ordinal(String word) {
        int i = PART_WORDS.indexOf(word.toLowerCase(Locale.ROOT));
        return i < 0 ? null : String.valueOf(i + 1);
    }

    /** Nesting rank: lower ranks contain higher ones. */
    int rank() {
        return switch (kind) {
            case PART -> 0;
            case SECTION -> 1;
            case PARAGRAPH -> 1 + depth; // 1. → 2, 1.1. → 3, 2.2.1 → 4, 2.2.1.1 → 5
            case POINT -> 6;
            case ITEM -> 7;
            case INDENT -> 8;
            default -> throw new IllegalStateException(kind.toString());
        };
    }
}
