package vn.policykg.web.linkeddata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.policykg.web.linkeddata.PageValues.TargetRow;

/**
 * An indicator's targets as a bar chart drawn on the server (inline SVG: no script, nothing for the
 * Content-Security-Policy to block). One bar per target, grouped by year or period in time order, so a
 * reader sees how a value moved from one programme to the next and from a year's plan to a 2030 goal.
 * Bars of targets in other units than the most common one are left out of the scale and said so.
 */
final class TargetChart {

    static final int WIDTH = 760;
    private static final int LABEL = 300;
    private static final int BAR_MAX = 330;
    private static final int ROW = 24;
    private static final int GROUP = 22;

    /** One drawn bar: geometry in SVG units, and what it says. */
    public record Bar(int y, int width, String label, String value, String href, String css) {}

    /** A group heading (the period). */
    public record Heading(int y, String text) {}

    public record Chart(int height, int width, int labelWidth, List<Heading> headings, List<Bar> bars, String unit, List<String> leftOut) {}

    Chart draw(List<TargetRow> rows) {
        String unit = commonUnit(rows);
        List<TargetRow> drawn = rows.stream().filter(r -> java.util.Objects.equals(r.unit(), unit)).toList();
        BigDecimal max = drawn.stream().map(r -> top(r.value())).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        if (max.signum() == 0)
            max = BigDecimal.ONE;
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
            int width = Math.max(2, top(r.value()).multiply(BigDecimal.valueOf(BAR_MAX)).divide(max, 0, java.math.RoundingMode.HALF_UP).intValue());
            String who = r.document().text() + (r.province() == null ? "" : " · " + r.province()) + (r.scope() == null ? "" : " · " + r.scope());
            bars.add(new Bar(y, width, who, (r.comparator() + " " + r.value() + (unit == null ? "" : " " + unit)).strip(),
                r.target().href(), "bar" + (r.provinceIri() == null ? "" : " bar-" + TermLabels.localName(r.provinceIri()))));
            y += ROW;
        }
        List<String> leftOut = rows.stream().filter(r -> !java.util.Objects.equals(r.unit(), unit))
            .map(r -> r.document().text() + ": " + r.comparator() + " " + r.value() + " " + (r.unit() == null ? "" : r.unit())).toList();
        return new Chart(y + 8, WIDTH, LABEL, headings, bars, unit, leftOut);
    }

    /** The upper end of a value or range written "a–b" with a decimal comma. */
    private static BigDecimal top(String value) {
        String last = value.contains("–") ? value.substring(value.indexOf('–') + 1) : value;
        return new BigDecimal(last.replace(',', '.'));
    }

    private static String commonUnit(List<TargetRow> rows) {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        for (TargetRow r : rows)
            counts.merge(String.valueOf(r.unit()), 1L, Long::sum);
        String best = counts.entrySet().stream().max(java.util.Map.Entry.<String, Long>comparingByValue()
            .thenComparing(java.util.Map.Entry.comparingByKey())).map(java.util.Map.Entry::getKey).orElse(null);
        return "null".equals(best) ? null : best;
    }
}
