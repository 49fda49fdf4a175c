package vn.policykg.web.facts;

import java.util.List;

/**
 * A target (a Data Cube observation of an indicator) as the store holds it. {@code comparator} is the local
 * name of the comparator ({@code lt}, {@code ge} …) and {@code comparatorLabel} its Vietnamese words;
 * {@code upper} is the upper bound of a range; {@code period} a year ("2030") or a range of years
 * ("2026-2030"); {@code area} the IRI of the place it is set for and {@code province} that place's code;
 * {@code indicatorWords} are the words naming the indicator, {@code quote} the whole words the target was
 * read from. Bodies are those the text names for it (lead and coordinating).
 */
public record StoredTarget(
        String iri,
        String document,
        String documentTitle,
        String clause,
        String path,
        String area,
        String areaLabel,
        String province,
        String indicator,
        String indicatorLabel,
        String indicatorWords,
        String quote,
        String comparator,
        String comparatorLabel,
        String value,
        String upper,
        String unit,
        String period,
        String scope,
        String leaderInCharge,
        List<BodyInRole> bodies)
        implements StoredFact {

    /** Whether {@code year} is the target's year or lies within its range of years. */
    public boolean covers(int year) {
        if (period == null) return false;
        String[] ends = period.split("-");
        return Integer.parseInt(ends[0]) <= year && year <= Integer.parseInt(ends[ends.length - 1]);
    }
}
