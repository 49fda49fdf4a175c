package vn.policykg.extract;

import java.math.BigDecimal;
import java.util.List;

import vn.policykg.source.Clause;

/**
 * A quantified target: what is measured, how the value is meant (below, about, at least …), the value
 * (and upper value of a range), unit, year or period, scope, and for a plan's table its bodies.
 *
 * @param indicator  the words that name what is measured, as written around the value
 * @param period     "2030", or "2026-2030"
 * @param scope      a population or area restriction ("thành thị", "dân tộc thiểu số"), or null
 * @param from       start of the words that state the target in the clause text
 * @param to         end of those words
 */
public record Target(Clause clause, String indicator, Comparator comparator, BigDecimal value, BigDecimal upper,
                     String unit, String period, String scope, int from, int to,
                     List<BodyMention> leads, List<BodyMention> coordinating, String leader) {

    public enum Comparator { LT, LE, EQ, APPROX, GE, GT, RANGE }
}
