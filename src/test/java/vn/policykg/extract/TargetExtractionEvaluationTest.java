package vn.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.policykg.source.Corpus;

/**
 * Targets against the gold set (000 II.2.2, 001 II.2.1, 002 Part 2 §I.2, 003 II.2.2, 004's appendix):
 * a target counts as right only when its value, comparator, unit and year all are.
 */
class TargetExtractionEvaluationTest {

    /** The clauses the gold set covers. */
    private static boolean inScope(String doc, String path) {
        return switch (doc) {
            case "000", "003" -> path.startsWith("II.2.2.");
            case "001" -> path.startsWith("II.2.1.");
            case "002" -> path.startsWith("P2.I.2.");
            case "004" -> path.startsWith("PL1.");
            default -> false;
        };
    }

    private static String key(
            String doc,
            String clause,
            String comparator,
            BigDecimal value,
            BigDecimal upper,
            String unit,
            String year) {
        return String.join(
                " | ",
                doc,
                clause,
                comparator,
                value.stripTrailingZeros().toPlainString(),
                upper == null ? "" : upper.stripTrailingZeros().toPlainString(),
                UnitSpellings.canonical(unit),
                year);
    }

    private static String position(String fullKey) {
        String[] p = fullKey.split(" \\| ");
        return p[0] + " " + p[1] + " " + p[3];
    }

    @Test
    void targetsMatchTheGoldSetWithValueUnitYearAndComparatorAllRight() {
        Set<String> gold = new HashSet<>();
        for (Map<String, String> row : Gold.rows("targets.tsv"))
            gold.add(key(
                    row.get("doc"),
                    row.get("clause"),
                    row.get("comparator"),
                    new BigDecimal(row.get("value")),
                    row.get("upper").isEmpty() ? null : new BigDecimal(row.get("upper")),
                    row.get("unit"),
                    row.get("year")));
        Set<String> found = new HashSet<>();
        for (String doc : Corpus.NUMBERS)
            for (Target t : TargetExtractor.extract(Corpus.parsed(doc), DocumentContext.type(Corpus.entry(doc))))
                if (inScope(doc, t.clause().numberPath()))
                    found.add(key(
                            doc,
                            t.clause().numberPath(),
                            t.comparator().name().toLowerCase(),
                            t.value(),
                            t.upper(),
                            t.unit(),
                            t.period() == null ? "" : t.period()));

        List<String> misses = new ArrayList<>();
        Gold.Score all = Gold.score("targets, all four right", found, gold, misses);
        Set<String> goldPositions = new HashSet<>(), foundPositions = new HashSet<>();
        gold.forEach(g -> goldPositions.add(position(g)));
        found.forEach(f -> foundPositions.add(position(f)));
        Gold.Score located = Gold.score("targets found (by value)", foundPositions, goldPositions, new ArrayList<>());
        System.out.println(located + "\n" + all);
        misses.stream().sorted().forEach(m -> System.out.println("  " + m));

        assertThat(all.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(all.recall()).isGreaterThanOrEqualTo(0.95);
    }
}
