package vn.policykg.extract;

import java.math.BigDecimal;
import vn.policykg.source.Clause;

/**
 * An amount of a scheme's funding need: the total, one source's share or one year's.
 *
 * @param label   "Tổng nhu cầu vốn", the source ("Vốn ngân sách trung ương") or "Năm 2026"
 * @param share   the percentage the text gives for a source, or null
 * @param year    the year of a yearly amount, or null
 */
public record BudgetLine(
        Kind kind,
        String label,
        BigDecimal amount,
        String unit,
        BigDecimal share,
        Integer year,
        Clause clause,
        int from,
        int to) {

    public enum Kind {
        TOTAL,
        SOURCE,
        YEAR
    }
}
