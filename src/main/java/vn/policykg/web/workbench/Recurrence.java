package vn.policykg.web.workbench;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first occurrence of a recurring deadline ("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15", "FREQ=MONTHLY;INTERVAL=6")
 * within a period that starts on a given day: the stated day in the period's first year, else the end of the
 * first interval ("hằng năm" in a 2026–2030 programme: 31 December 2026).
 */
final class Recurrence {

    private static final Pattern DAY = Pattern.compile("BYMONTH=(\\d{1,2});BYMONTHDAY=(\\d{1,2})");
    private static final Pattern MONTHS = Pattern.compile("FREQ=MONTHLY(?:;INTERVAL=(\\d{1,2}))?");

    private Recurrence() {}

    /** Null when the period's start is not known: the text says how often, not from when. */
    static LocalDate first(String rule, LocalDate periodStart) {
        if (periodStart == null) return null;
        Matcher day = DAY.matcher(rule);
        if (day.find()) {
            LocalDate d =
                    LocalDate.of(periodStart.getYear(), Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)));
            return d.isBefore(periodStart) ? d.plusYears(1) : d;
        }
        Matcher months = MONTHS.matcher(rule);
        if (months.find())
            return periodStart
                    .plusMonths(months.group(1) == null ? 1 : Integer.parseInt(months.group(1)))
                    .minusDays(1);
        return periodStart.plusYears(1).minusDays(1);
    }
}
