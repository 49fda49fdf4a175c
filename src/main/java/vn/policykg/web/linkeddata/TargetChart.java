package vn.policykg.web.linkeddata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.policykg.web.linkeddata.PageValues.TargetRow;

/**
 * An indicator's targets as a bar chart drawn on the server (inline SVG: no script, nothing for the
 * Content-Security-Policy to block). One bar per target, grouped by year or period in time order, so a
 * reader sees how a value moved from one programme to the next and from a year's plan to a 2030 goal.
 * Bars of targets in other units than the most common one are left out of the scale and said so.
 */
final class TargetChart {

    static final int WIDTH = 860;
    private static final int LABEL = 330;
    private static final int BAR_MAX = 320;
    private static final int ROW = 24;
    private static final int GROUP = 22;

    /** One drawn bar: geometry in SVG units, and what it says. */
    public record Bar(int y, int width, String label, String value, String href, String css) {}

    /** A group heading (the period). */
    public record Heading(int y, String text) {}

    public record Chart(
            int height,
            int width,
            int labelWidth,
            List<Heading> headings,
            List<Bar> bars,
            String unit,
            List<String> leftOut) {}

    Chart draw(List<TargetRow> rows) {
        String unit = commonUnit(rows);
        List<TargetRow> drawn =
                rows.stream().filter(r -> Objects.equals(r.unit(), unit)).toList();
        BigDecimal max = drawn.stream()
                .map(r -> top(r.value()))
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
        if (max.signum() == 0) max = BigDecimal.ONE;
        List<Heading> headings = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        int y = 4;
        String period = "\u0000";
        for (TargetRow r : drawn) {
            String p = r.period() == null ? "không nêu năm" : r.period();
            if (!p.equals(period)) {
                period = p;
                y += GROUP;
                headings.add(new Heading(y - 6, p));
            }
            int width = Math.max(
                    2,
                    top(r.value())
                            .multiply(BigDecimal.valueOf(BAR_MAX))
                            .divide(max, 0, RoundingMode.HALF_UP)
                            .intValue());
            // The document's name says its province already.
            String who = r.document().text() + (r.scope() == null ? "" : " · " + r.scope());
            bars.add(new Bar(
                    y,
                    width,
                    who,
                    (r.comparator() + " " + r.value() + (unit == null ? "" : " " + unit)).strip(),
                    r.target().href(),
                    "bar" + (r.provinceIri() == null ? "" : " bar-" + TermLabels.localName(r.provinceIri()))));
            y += ROW;
        }
        List<String> leftOut = rows.stream()
                .filter(r -> !Objects.equals(r.unit(), unit))
                .map(r -> r.document().text() + ": " + r.comparator() + " " + r.value() + " "
                        + (r.unit() == null ? "" : r.unit()))
                .toList();
        return new Chart(y + 8, WIDTH, LABEL, headings, bars, unit, leftOut);
    }

    /** The upper end of a value or range written "a–b" with a decimal comma. */
    private static BigDecimal top(String value) {
        String last = value.contains("–") ? value.substring(value.indexOf('–') + 1) : value;
        return new BigDecimal(last.replace(',', '.'));
    }

    /** The unit most targets use ("" for none), so the bars share one scale. */
    private static String commonUnit(List<TargetRow> rows) {
        Map<String, Long> counts = rows.stream()
                .collect(Collectors.groupingBy(r -> Objects.toString(r.unit(), ""), Collectors.counting()));
        String best = counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse("");
        return best.isEmpty() ? null : best;
    }
}
