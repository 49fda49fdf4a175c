package vn.policykg.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds deadline phrases in a text and turns each into an interval. One job: Vietnamese time words → dates. */
public final class DeadlineParser {

    private static final String ROMAN_QUARTER = "(I{1,3}|IV)";
    private static final Cued BEFORE = Cued.of(
            "(?iuU)(?:hoàn thành\\s+(?:xong\\s+)?)?trước ngày (\\d{1,2})(?:/| tháng )(\\d{1,2})(?:/| năm )(\\d{4})",
            "trước ngày ");
    /** "đến năm 2030": by the end of a year. */
    private static final Cued BY_YEAR = Cued.of("(?iuU)(?:hoàn thành\\s+)?đến năm (\\d{4})", "đến năm ");
    /** "từ năm 2027", "2025 và những năm tiếp theo": when the work starts, with no end. */
    private static final Cued START = Cued.of(
            "(?iuU)(?:(?:dự kiến\\s+)?(?:bắt đầu\\s+)?từ năm (\\d{4})(?!\\s*(?:đến|-|–))|(\\d{4}) và (?:những|các) năm tiếp theo)",
            "từ năm ", "năm tiếp theo");
    /** "2026 và hằng năm": due in a year, then every year. */
    private static final Cued YEAR_THEN_ANNUAL =
            Cued.of("(?iuU)(?:năm\\s+)?(\\d{4}) và (?:hằng|hàng) năm", "và hằng năm", "và hàng năm");

    private static final Cued MONTH =
            Cued.of("(?iuU)(?:hoàn thành\\s+)?(?:trong\\s+)?tháng (\\d{1,2})/(\\d{4})", "tháng ");
    private static final Cued QUARTER =
            Cued.of("(?uU)(?:[Hh]oàn thành\\s+)?(?:[Tt]rong\\s+)?[Qq]uý " + ROMAN_QUARTER + "/(\\d{4})", "quý ");
    private static final Cued CONDITIONAL_YEAR = Cued.of("(?uU)[Nn]ăm (\\d{4})\\s*\\((sau khi[^)]*)\\)", "(sau khi");
    private static final Cued YEAR =
            Cued.of("(?iuU)(?:dự kiến\\s+)?(?:hoàn thành\\s+)?trong năm (\\d{4})", "trong năm ");
    private static final Cued PERIOD = Cued.of(
            "(?iuU)(?:giai đoạn (\\d{4})\\s*[-–]\\s*|từ năm (\\d{4})\\s*(?:đến|[-–])\\s*(?:năm\\s+)?)(\\d{4})",
            "giai đoạn ", "từ năm ");
    private static final Cued ANNUAL = Cued.of("(?iuU)\\b(?:hằng|hàng) năm\\b", "hằng năm", "hàng năm");
    /** "trước ngày 15 tháng 12 hằng năm", "trước ngày 15/12 hằng năm": a day of every year. */
    private static final Cued YEARLY_DAY =
            Cued.of("(?iuU)trước ngày (\\d{1,2})(?: tháng |/)(\\d{1,2})(?!/\\d)\\s+(?:hằng|hàng) năm", "trước ngày ");
    /** "định kỳ 6 tháng", "hằng quý", "hằng tháng": every few months. */
    private static final Cued EVERY_MONTHS = Cued.of(
            "(?iuU)(?:định kỳ\\s+(\\d{1,2}) tháng|\\b(?:hằng|hàng) (quý|tháng)\\b)",
            "định kỳ",
            "hằng quý",
            "hàng quý",
            "hằng tháng",
            "hàng tháng");

    private static final Cued CONTINUOUS = Cued.of("(?iuU)\\bthường xuyên\\b", "thường xuyên");

    private DeadlineParser() {}

    /** A deadline of {@code kind} over the whole year that group 1 of match {@code m} names. */
    private static Deadline duringYear(Matcher m, Deadline.Kind kind, String condition) {
        int year = year(m, 1);
        return new Deadline(
                kind, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), m.group(), condition, m.start(), m.end());
    }

    /** A deadline recurring by {@code rule} (an RRULE value), read from match {@code m}; its period comes later. */
    private static Deadline recurring(Matcher m, String rule) {
        return new Deadline(Deadline.Kind.ANNUAL, null, null, m.group(), null, m.start(), m.end(), rule);
    }

    /** Every deadline phrase of {@code text}, in text order; overlapping weaker readings are dropped. */
    public static List<Deadline> findAll(String text) {
        List<Deadline> found = new ArrayList<>();
        String folded = fold(text);
        each(
                YEARLY_DAY,
                text,
                folded,
                m -> {
                    LocalDate check = date(m.group(1), m.group(2), "2000");
                    return check == null
                            ? null
                            : recurring(
                                    m,
                                    "FREQ=YEARLY;BYMONTH=" + check.getMonthValue() + ";BYMONTHDAY="
                                            + check.getDayOfMonth());
                },
                found);
        each(
                YEAR_THEN_ANNUAL,
                text,
                folded,
                m -> new Deadline(
                        Deadline.Kind.ANNUAL,
                        null,
                        LocalDate.of(year(m, 1), 12, 31),
                        m.group(),
                        null,
                        m.start(),
                        m.end(),
                        "FREQ=YEARLY"),
                found);
        each(
                BEFORE,
                text,
                folded,
                m -> {
                    LocalDate d = date(m.group(1), m.group(2), m.group(3));
                    return d == null
                            ? null
                            : new Deadline(Deadline.Kind.BEFORE, null, d, m.group(), null, m.start(), m.end());
                },
                found);
        each(
                CONDITIONAL_YEAR,
                text,
                folded,
                m -> duringYear(m, Deadline.Kind.CONDITIONAL, m.group(2).strip()),
                found);
        each(
                QUARTER,
                text,
                folded,
                m -> {
                    int q = quarter(m.group(1));
                    int y = year(m, 2);
                    LocalDate start = LocalDate.of(y, (q - 1) * 3 + 1, 1);
                    return new Deadline(
                            Deadline.Kind.WITHIN,
                            start,
                            YearMonth.of(y, q * 3).atEndOfMonth(),
                            m.group(),
                            null,
                            m.start(),
                            m.end());
                },
                found);
        each(
                MONTH,
                text,
                folded,
                m -> {
                    int month = Integer.parseInt(m.group(1));
                    if (month < 1 || month > 12) return null;
                    YearMonth ym = YearMonth.of(year(m, 2), month);
                    return new Deadline(
                            Deadline.Kind.WITHIN, ym.atDay(1), ym.atEndOfMonth(), m.group(), null, m.start(), m.end());
                },
                found);
        each(
                PERIOD,
                text,
                folded,
                m -> new Deadline(
                        Deadline.Kind.PERIOD,
                        LocalDate.of(year(m, m.group(1) != null ? 1 : 2), 1, 1),
                        LocalDate.of(year(m, 3), 12, 31),
                        m.group(),
                        null,
                        m.start(),
                        m.end()),
                found);
        each(
                START,
                text,
                folded,
                m -> new Deadline(
                        Deadline.Kind.START,
                        LocalDate.of(year(m, m.group(1) != null ? 1 : 2), 1, 1),
                        null,
                        m.group(),
                        null,
                        m.start(),
                        m.end()),
                found);
        each(
                BY_YEAR,
                text,
                folded,
                m -> new Deadline(
                        Deadline.Kind.BEFORE,
                        null,
                        LocalDate.of(year(m, 1), 12, 31),
                        m.group(),
                        null,
                        m.start(),
                        m.end()),
                found);
        each(YEAR, text, folded, m -> duringYear(m, Deadline.Kind.WITHIN, null), found);
        each(
                EVERY_MONTHS,
                text,
                folded,
                m -> {
                    int months = m.group(1) != null
                            ? Integer.parseInt(m.group(1))
                            : m.group(2).equalsIgnoreCase("quý") ? 3 : 1;
                    return months < 1 || months > 12
                            ? null
                            : recurring(
                                    m,
                                    months == 12
                                            ? "FREQ=YEARLY"
                                            : "FREQ=MONTHLY" + (months == 1 ? "" : ";INTERVAL=" + months));
                },
                found);
        each(ANNUAL, text, folded, m -> recurring(m, "FREQ=YEARLY"), found);
        each(
                CONTINUOUS,
                text,
                folded,
                m -> new Deadline(Deadline.Kind.CONTINUOUS, null, null, m.group(), null, m.start(), m.end()),
                found);
        found.sort(Comparator.comparingInt(Deadline::from));
        return found;
    }

    /** The deadline of a phrase that is known to state one ("Thời gian thực hiện: …"), or null. */
    public static Deadline parse(String phrase) {
        List<Deadline> all = findAll(phrase);
        return all.isEmpty() ? null : all.get(0);
    }

    private interface Reading {
        Deadline read(Matcher m);
    }

    /**
     * Adds the readings of {@code p} in {@code text} that do not overlap a reading already found (earlier patterns
     * win); {@code folded} is the text {@link #fold}ed, to pass over texts that hold none of the pattern's words.
     */
    private static void each(Cued p, String text, String folded, Reading reading, List<Deadline> found) {
        if (!p.mayMatch(folded)) return;
        Matcher m = p.pattern().matcher(text);
        while (m.find()) {
            int from = m.start(), to = m.end();
            if (found.stream().anyMatch(d -> d.from() < to && from < d.to())) continue;
            Deadline d = reading.read(m);
            if (d != null) found.add(d);
        }
    }

    /**
     * A pattern and the words of which every match holds one, as {@link #fold} gives them: a text that holds none of
     * them is not scanned. Thirteen case-insensitive scans of every task's words were a quarter of assembling the
     * seeds.
     */
    private record Cued(Pattern pattern, List<String> words) {
        static Cued of(String regex, String... words) {
            for (String w : words) if (!fold(w).equals(w)) throw new IllegalArgumentException("Not folded: " + w);
            return new Cued(Pattern.compile(regex), List.of(words));
        }

        boolean mayMatch(String folded) {
            for (String w : words) if (folded.contains(w)) return true;
            return false;
        }
    }

    /**
     * Each code point as a pattern with CASE_INSENSITIVE and UNICODE_CASE compares it, the lower case of its upper
     * case: a text matched by such a pattern holds the pattern's literal words folded this way.
     */
    private static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(c -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return folded.toString();
    }

    private static int year(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int quarter(String roman) {
        return switch (roman) {
            case "I" -> 1;
            case "II" -> 2;
            case "III" -> 3;
            default -> 4;
        };
    }

    private static LocalDate date(String d, String m, String y) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
