package vn.policykg.extract;

import java.time.LocalDate;
import java.util.Locale;

/**
 * When a task is due, as the text says it: the interval it names (start and/or end date), what kind
 * of statement it is, and the words themselves with their position in the clause text.
 *
 * @param condition   the words of a condition attached to it ("sau khi hướng dẫn …"), or null
 * @param recurrence  for a recurring deadline, its rule as an iCalendar RRULE value without an end
 *                    ("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15", "FREQ=MONTHLY;INTERVAL=6"); null otherwise
 */
public record Deadline(
        Kind kind,
        LocalDate start,
        LocalDate end,
        String words,
        String condition,
        int from,
        int to,
        String recurrence) {

    /** A deadline that does not recur. */
    public Deadline(Kind kind, LocalDate start, LocalDate end, String words, String condition, int from, int to) {
        this(kind, start, end, words, condition, from, to, null);
    }

    /** The same recurring deadline over a period (its first and last possible occurrence). */
    public Deadline over(LocalDate periodStart, LocalDate periodEnd) {
        return new Deadline(kind, periodStart, periodEnd, words, condition, from, to, recurrence);
    }

    public enum Kind {
        /** In a month, quarter or year: "Trong tháng 5/2026", "Quý II/2026", "trong năm 2027". */
        WITHIN,
        /** "trước ngày 30/8/2026", "đến năm 2030": by a date, with no start. */
        BEFORE,
        /** A year with a condition: "Năm 2026 (sau khi hướng dẫn …)". */
        CONDITIONAL,
        /** A start, not a deadline: "dự kiến từ năm 2028", "2025 và những năm tiếp theo". */
        START,
        /** "giai đoạn 2026-2030", "từ năm 2026 đến năm 2030", a cell "2027 - 2030". */
        PERIOD,
        /**
         * Recurring: "hằng năm", "định kỳ 6 tháng", "trước ngày 15 tháng 12 hằng năm" (see {@link Deadline#recurrence()});
         * "2026 và hằng năm" ends its first round with 2026.
         */
        ANNUAL,
        /** "thường xuyên". */
        CONTINUOUS
    }

    /** Whether the text says it is only expected ("dự kiến"). */
    public boolean expected() {
        return words.toLowerCase(Locale.ROOT).contains("dự kiến");
    }
}
