package vn.policykg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.policykg.source.Clause;
import vn.policykg.source.ClauseKind;
import vn.policykg.source.ParsedDocument;

/**
 * Quantified targets: in the clauses under a targets heading ("Các chỉ tiêu chủ yếu đến năm 2030",
 * "Mục tiêu cụ thể"), every value with a unit or a comparator, and every row of a plan's target table.
 */
public final class TargetExtractor {

    private static final Pattern TARGET_SECTION = Pattern.compile("(?iuU)chỉ tiêu|mục tiêu cụ thể");
    private static final Pattern HEADING_YEAR = Pattern.compile("(?uU)năm (\\d{4})");
    private static final String NUM = VietnameseNumbers.PATTERN;
    private static final Pattern QUANTITY = Pattern.compile("(?uU)"
        + "(?<cmp>(?:(?i:khoảng|gần|dưới|trên|tối thiểu|ít nhất|tối đa|không quá|đạt|là|còn|từ)\\s+)+)?"
        + "(?<v1>" + NUM + ")(?:\\s*[-–]\\s*(?<v2>" + NUM + "))?"
        + "\\s*(?<unit>%/năm|%|‰|m² sàn/người|tuổi|năm\\b"
        + "|(?:căn|bác s[ỹĩ]|giường bệnh|dược s[ỹĩ](?: đại học)?|điều dưỡng(?: viên)?)(?: trên 1 vạn dân|/vạn dân|/10\\.000 dân)?"
        + "|tỷ đồng|triệu đồng/năm|triệu đồng|triệu USD|lượt người|người/năm|người|lao động|điểm %|lần|trường)?"
        + "(?<more>\\s*trở lên)?");
    /** Words before a number that make it no target value: a period, a level, a count of a group. */
    private static final Pattern NOT_A_VALUE_BEFORE = Pattern.compile(
        "(?iuU)(?:giai đoạn|(?<!mỗi )năm|tháng|quý|mức độ|nhóm|khóa|lần thứ|số|từ \\d+ đến|dưới|Nghị quyết|Đề án)\\s*$");
    private static final Pattern SEGMENT_END = Pattern.compile("(?uU);|\\.\\s|\\.$|\\n|, (?=(?:\\d|tỷ lệ|tỉ lệ|có |trên |dưới |khoảng ))");
    /** A denominator written once after a list: "trên 40 giường bệnh, trên 13 bác sĩ … /10.000 dân". */
    private static final Pattern PER_TEN_THOUSAND_LATER = Pattern.compile("(?uU)^[^;.]*?(?:/10\\.000 dân|/vạn dân|trên 1 vạn dân)");
    /** "(trung bình) mỗi năm 2.332 căn": a yearly amount. */
    private static final Pattern EACH_YEAR_BEFORE = Pattern.compile("(?iuU)\\bmỗi năm\\s*$");
    /** "có ít nhất từ 4-5 bác sỹ đạt 100%": the first number describes the group the target counts. */
    private static final Pattern DESCRIBES_GROUP = Pattern.compile("(?iuU)\\bcó\\s+(?:ít nhất\\s+)?(?:từ\\s+)?$");
    private static final Pattern LATER_VALUE = Pattern.compile("(?uU)\\bđạt\\s+(?:trên\\s+|dưới\\s+|khoảng\\s+)?\\d");
    private static final Pattern PERIOD_WORDS = Pattern.compile("(?iuU)(?:đến|vào|đến hết|cuối) năm (\\d{4})|giai đoạn (\\d{4})\\s*[-–]\\s*(\\d{4})");
    private static final Pattern SCOPE = Pattern.compile(
        "(?iuU)khu vực thành thị|thành thị|nông thôn|đồng bào dân tộc thiểu số|dân tộc thiểu số|vùng sâu, vùng xa|miền núi|biên giới");

    private TargetExtractor() {}

    public static List<Target> extract(ParsedDocument doc) {
        List<Target> out = new ArrayList<>();
        for (Clause root : doc.clauses())
            walk(root, false, null, out);
        return out;
    }

    private static void walk(Clause c, boolean inTargets, String year, List<Target> out) {
        boolean inside = inTargets || (c.heading() != null && TARGET_SECTION.matcher(c.heading()).find()
                                       && c.kind() != ClauseKind.ITEM && c.kind() != ClauseKind.INDENT);
        String contextYear = year;
        if (c.heading() != null) {
            Matcher y = HEADING_YEAR.matcher(c.heading());
            if (y.find()) contextYear = y.group(1);
        }
        if (c.kind() == ClauseKind.ROW && !c.cells().isEmpty())
            row(c, contextYear, out);
        else if (inside && !c.text().isEmpty() && !c.text().equals(c.heading()))
            prose(c, contextYear, out);
        for (Clause child : c.children())
            walk(child, inside, contextYear, out);
    }

    /** A row of a target table: indicator, unit, plan value, lead bodies, coordinating bodies, leader. */
    private static void row(Clause row, String contextYear, List<Target> out) {
        Clause.Cell indicator = cell(row, 1), unit = cell(row, 2), value = cell(row, 3);
        if (indicator == null || value == null)
            return;
        Matcher v = Pattern.compile("(?uU)^(?<cmp>>=|≥|>|<|~)?\\s*(?<v>" + NUM + ")$").matcher(value.text());
        if (!v.matches())
            return;
        Target.Comparator cmp = switch (v.group("cmp") == null ? "" : v.group("cmp")) {
            case ">" -> Target.Comparator.GT;
            case ">=", "≥" -> Target.Comparator.GE;
            case "<" -> Target.Comparator.LT;
            case "~" -> Target.Comparator.APPROX;
            default -> Target.Comparator.EQ;
        };
        String text = row.text();
        String year = yearOfColumn(value.heading(), contextYear);
        Clause.Cell lead = cell(row, 4), coord = cell(row, 5), leader = cell(row, 6);
        out.add(new Target(row, indicator.text(), cmp, VietnameseNumbers.parse(v.group("v")), null,
                           unit == null ? "" : Units.ofTableCell(unit.text(), indicator.text()), year, scope(indicator.text()),
                           0, text.length(),
                           lead == null ? List.of() : bodies(text, lead), coord == null ? List.of() : bodies(text, coord),
                           leader == null ? null : leaderName(leader.text())));
    }

    /** "Đông chí X": a tone mark dropped in typing; the leader is "Đồng chí X", one person under one name. */
    private static final Pattern COMRADE_TYPO = Pattern.compile("^Đông chí(?=\\s)");

    private static String leaderName(String asWritten) {
        return COMRADE_TYPO.matcher(asWritten).replaceFirst("Đồng chí");
    }

    private static List<BodyMention> bodies(String rowText, Clause.Cell cell) {
        int at = rowText.indexOf(cell.text());
        return at < 0 ? List.of() : BodyNames.split(rowText, at, at + cell.text().length());
    }

    private static String yearOfColumn(String heading, String fallback) {
        if (heading != null) {
            Matcher y = HEADING_YEAR.matcher(heading);
            if (y.find()) return y.group(1);
        }
        return fallback;
    }

    private static Clause.Cell cell(Clause row, int column) {
        return row.cells().stream().filter(c -> c.column() == column).findFirst().orElse(null);
    }

    /** Targets written in sentences: each value with its unit or comparator, in its segment of the text. */
    private static void prose(Clause c, String contextYear, List<Target> out) {
        String text = c.text();
        int segStart = 0;
        Matcher end = SEGMENT_END.matcher(text);
        while (segStart < text.length()) {
            int segEnd = end.find(segStart) ? end.start() : text.length();
            if (segEnd > segStart)
                segment(c, text, segStart, segEnd, contextYear, out);
            segStart = segEnd == text.length() ? segEnd : end.end();
        }
    }

    private static void segment(Clause c, String text, int from, int to, String contextYear, List<Target> out) {
        String segment = text.substring(from, to);
        List<java.util.regex.MatchResult> quantities = QUANTITY.matcher(segment).results().toList();
        int previousEnd = 0;
        for (int k = 0; k < quantities.size(); k++) {
            java.util.regex.MatchResult q = quantities.get(k);
            int nextStart = k + 1 < quantities.size() ? quantities.get(k + 1).start() : segment.length();
            String unitWords = q.group("unit");
            String cmpWords = q.group("cmp") == null ? "" : q.group("cmp").strip().toLowerCase(Locale.ROOT);
            String before = segment.substring(0, q.start("v1"));
            if (q.group("cmp") == null && NOT_A_VALUE_BEFORE.matcher(before).find())
                continue;
            if (isYear(q.group("v1")) && unitWords == null)
                continue;
            if (segment.startsWith(" tháng", q.end()) || segment.startsWith("tháng", q.end()))
                continue;
            if (DESCRIBES_GROUP.matcher(segment.substring(0, q.start())).find() && LATER_VALUE.matcher(segment.substring(q.end())).find())
                continue;
            String unit = unitWords == null ? Units.fromIndicator(segment) : Units.canonical(unitWords);
            if (unit != null && !unit.contains("/") && EACH_YEAR_BEFORE.matcher(segment.substring(0, q.start())).find())
                unit = unit + "/năm";
            if (unit != null && Units.countsPeople(unit) && PER_TEN_THOUSAND_LATER.matcher(text.substring(from + q.end())).find())
                unit = unit + "/vạn dân";
            if (unit == null && !(cmpWords.endsWith("đạt") || cmpWords.endsWith("là")))
                continue;
            if ("tuổi".equals(unit) && !segment.toLowerCase(Locale.ROOT).contains("tuổi thọ"))
                continue;
            if ("năm".equals(unit) && !segment.toLowerCase(Locale.ROOT).contains("số năm"))
                continue;
            Target.Comparator cmp = comparator(cmpWords, q.group("v2") != null, q.group("more") != null);
            BigDecimal value = VietnameseNumbers.parse(q.group("v1"));
            BigDecimal upper = q.group("v2") == null ? null : VietnameseNumbers.parse(q.group("v2"));
            Words indicator = indicator(segment, previousEnd, q.start(), q.end(), nextStart);
            String period = period(text, from + q.start(), from + q.end(), unit != null && unit.endsWith("/năm"), contextYear);
            // The words that state the target: its indicator and its value, in text order.
            int wordsFrom = Math.min(indicator.start(), q.start()), wordsTo = Math.max(indicator.end(), q.end());
            out.add(new Target(c, indicator.text(), cmp, value, upper, unit == null ? "" : unit, period,
                               scope(segment.substring(previousEnd, nextStart)), from + wordsFrom, from + wordsTo,
                               List.of(), List.of(), null));
            previousEnd = q.end();
        }
    }

    private static boolean word(String word, String words) {
        return Pattern.compile("(?U)\\b" + word + "\\b").matcher(words).find();
    }

    private static boolean isYear(String number) {
        return number.matches("(19|20)\\d\\d");
    }

    /**
     * The comparator the words before a value give: a strict bound ("trên", "dưới") wins over "tối
     * thiểu đạt trên"'s minimum; "tối thiểu đạt 97%" and "từ 72%" are minimums; "khoảng" is about.
     */
    private static Target.Comparator comparator(String words, boolean range, boolean orMore) {
        if (range) return Target.Comparator.RANGE;
        if (word("trên", words)) return Target.Comparator.GT;
        if (word("dưới", words)) return Target.Comparator.LT;
        if (words.contains("khoảng") || word("gần", words)) return Target.Comparator.APPROX;
        if (orMore || words.contains("tối thiểu") || words.contains("ít nhất") || word("từ", words)) return Target.Comparator.GE;
        if (words.contains("tối đa") || words.contains("không quá")) return Target.Comparator.LE;
        return Target.Comparator.EQ;
    }

    /** Words of a segment and where they stand in it. */
    private record Words(String text, int start, int end) {}

    /** What opens a sentence without naming the indicator: "Phấn đấu đến năm 2030, có …". */
    private static final Pattern LEADING = Pattern.compile("(?iuU)^(?:[,;:\\s]|phấn đấu\\s|đến năm \\d{4},?\\s|trong đó:?\\s|bảo đảm\\s|có\\s)*");
    private static final Pattern TRAILING = Pattern.compile("(?iuU)(?:[,;:\\s]|\\b(?:phấn đấu|bảo đảm|có|đạt|duy trì mức|và|trong đó))+$");

    /** The words that name what is measured: before the value, or after it (up to the next value) when the value leads. */
    private static Words indicator(String segment, int previousEnd, int start, int end, int nextStart) {
        Words before = trim(segment, previousEnd, start);
        if (before.text().length() >= 8)
            return before;
        return trim(segment, end, nextStart);
    }

    private static Words trim(String segment, int from, int to) {
        String part = segment.substring(from, to);
        Matcher lead = LEADING.matcher(part);
        int s = lead.lookingAt() ? lead.end() : 0;
        Matcher trail = TRAILING.matcher(part);
        int e = trail.find(s) ? trail.start() : part.length();
        if (e < s) e = s;
        return new Words(part.substring(s, e).replaceAll("(?uU)\\s+", " "), from + s, from + e);
    }

    /**
     * The year or period the sentence gives before the value ("Đến năm 2027, …", "giai đoạn 2026-2030
     * giảm …"), not counting one inside parentheses, which qualifies something else ("(theo chuẩn
     * nghèo giai đoạn 2026-2030)"); else the year of the heading.
     */
    private static String period(String text, int at, int end, boolean perYear, String contextYear) {
        int sentence = Math.max(Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("; ", at)), text.lastIndexOf('\n', at));
        String before = text.substring(sentence < 0 ? 0 : sentence + 1, at);
        String stated = lastPeriod(before.replaceAll("\\([^)]*\\)", ""));
        if (stated == null) {
            // "Xây dựng 8.300 căn trong giai đoạn 2026-2030": the period may follow the value in its sentence.
            int stop = firstOf(text, end, ". ", "; ", "\n", " (");
            stated = lastPeriod(text.substring(end, stop));
        }
        if (stated == null && perYear)
            stated = lastPeriod(before);   // a yearly rate runs over the period the sentence names, even in parentheses
        return stated != null ? stated : contextYear;
    }

    private static String lastPeriod(String words) {
        Matcher y = PERIOD_WORDS.matcher(words);
        String stated = null;
        while (y.find())
            stated = y.group(1) != null ? y.group(1) : y.group(2) + "-" + y.group(3);
        return stated;
    }

    private static int firstOf(String text, int from, String... stops) {
        int best = text.length();
        for (String s : stops) {
            int i = text.indexOf(s, from);
            if (i >= 0 && i < best) best = i;
        }
        return best;
    }

    private static String scope(String words) {
        Matcher m = SCOPE.matcher(words);
        return m.find() ? m.group().toLowerCase(Locale.ROOT).replace("khu vực ", "").replace("đồng bào ", "") : null;
    }
}
