package vn.policykg.extract;

import java.time.LocalDate;

/**
 * When a task is due, as the text says it: the interval it names (start and/or end date), what kind
 * of statement it is, and the words themselves with their position in the clause text.
 *
 * @param condition  the words of a condition attached to it ("sau khi hướng dẫn …"), or null
 */
public record Deadline(Kind kind, LocalDate start, LocalDate end, String words, String condition, int from, int to) {

    public enum Kind {
        /** In a month, quarter or year: "Trong tháng 5/2026", "Quý II/2026", "trong năm 2027". */
        WITHIN,
        /** "trước ngày 30/8/2026". */
        BEFORE,
        /** A year with a condition: "Năm 2026 (sau khi hướng dẫn …)". */
        CONDITIONAL,
        /** A start, not a deadline: "dự kiến từ năm 2028". */
        START,
        /** "giai đoạn 2026-2030". */
        PERIOD,
        /** "hằng năm". */
        ANNUAL,
        /** "thường xuyên". */
        CONTINUOUS
    }

    /** Whether the text says it is only expected ("dự kiến"). */
    public boolean expected() {
        return words.toLowerCase(java.util.Locale.ROOT).contains("dự kiến");
    }
}
