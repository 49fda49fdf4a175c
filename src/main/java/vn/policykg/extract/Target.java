package vn.policykg.extract;

import java.math.BigDecimal;
import java.util.List;
import vn.policykg.source.Clause;

/**
 * A quantified target: what is measured, how the value is meant (below, about, at least …), the value
 * (and upper value of a range), unit, year or period, scope, whether the value is a level or a change,
 * and for a plan's table its bodies.
 *
 * @param indicator  the words that name what is measured, as written around the value
 * @param period     "2030", or "2026-2030"
 * @param scope      a population or area restriction ("thành thị", "dân tộc thiểu số"), or null
 * @param change     whether the value is the level to reach or a rise or fall ("tăng 25% so với năm 2020")
 * @param baseline   the year or period a change is measured from ("2020"), or null when the text names none
 * @param from       start of the words that state the target in the clause text
 * @param to         end of those words
 */
public record Target(
        Clause clause,
        String indicator,
        Comparator comparator,
        BigDecimal value,
        BigDecimal upper,
        String unit,
        String period,
        String scope,
        Change change,
        String baseline,
        int from,
        int to,
        List<BodyMention> leads,
        List<BodyMention> coordinating,
        String leader) {

    public enum Comparator {
        LT,
        LE,
        EQ,
        APPROX,
        GE,
        GT,
        RANGE
    }

    /** A level to reach, or a change from a baseline (a yearly rate "tăng bình quân 1-1,5%/năm" is a change too). */
    public enum Change {
        LEVEL,
        RISE,
        FALL
    }
}
