package vn.policykg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.policykg.source.Clause;
import vn.policykg.source.ClauseKind;
import vn.policykg.source.ParsedDocument;
import vn.policykg.vocab.DocumentType;

/**
 * Quantified targets: in the clauses under a targets heading ("Các chỉ tiêu chủ yếu đến năm 2030",
 * "Mục tiêu cụ thể"), every value with a unit or a comparator, and every row of a plan's target table.
 * A text that lays down law (a decree, a circular) states no targets: its rates and thresholds are rules.
 */
public final class TargetExtractor {

    /**
     * A targets heading starts with them: "Mục tiêu cụ thể đến năm 2030", "Các chỉ tiêu chủ yếu", "PHỤ LỤC I DANH MỤC
     * CÁC CHỈ TIÊU CỤ THỂ"; not "chỉ tiêu thống kê" (statistical indicators), a form's "chỉ tiêu theo cột", nor a
     * heading that only mentions them ("Đối với kết quả lao động … trong chỉ tiêu, định mức được giao").
     */
    private static final Pattern TARGET_SECTION =
            Pattern.compile("(?iuU)^\\W*(?:phụ lục\\s*[IVXLC\\d]*\\W*)?(?:danh mục\\s+)?"
                    + "(?:(?:các|một số|những)\\s+)?(?:mục tiêu cụ thể|ch[iỉ] tiêu(?!\\s+(?:thống kê|theo\\b)))");

    private static final Pattern HEADING_YEAR = Pattern.compile("(?uU)năm (\\d{4})");
    private static final String NUM = VietnameseNumbers.PATTERN;
    private static final Pattern QUANTITY = Pattern.compile("(?uU)"
            + "(?<cmp>(?:(?i:không dưới|không thấp hơn|không vượt quá|khoảng|gần|dưới|trên|tối thiểu|ít nhất|tối đa|không quá|đạt|là|còn|từ)\\s+"
            + "|[≥≤<>]=?\\s*)+)?"
            + "(?<v1>" + NUM + ")(?:\\s*%?\\s*[-–]\\s*(?<v2>" + NUM + ")|/\\d{1,3}(?=\\s+đơn vị))?"
            + "\\s*(?<unit>%/năm|%|‰|m² sàn/người|tuổi|năm\\b"
            + "|(?:căn|bác s[ỹĩ]|giường bệnh|dược s[ỹĩ](?: đại học)?|điều dưỡng(?: viên)?)(?: trên 1 vạn dân|/vạn dân|/10\\.000 dân)?"
            + "|tỷ đồng|triệu đồng/năm|triệu đồng|triệu USD|lượt người|người/năm|người|lao động|điểm %|lần|trường"
            + "|đơn vị cấp (?:huyện|xã))?"
            + "(?<more>\\s*trở lên)?");
    /** Words before a number that make it no target value: a period, a level, a count of a group. */
    private static final Pattern NOT_A_VALUE_BEFORE = Pattern.compile(
            "(?iuU)(?:giai đoạn|(?<!mỗi )năm|tháng|quý|mức độ|nhóm|khóa|lần thứ|số|từ \\d+ đến|dưới|Nghị quyết|Đề án)\\s*$");

    private static final Pattern SEGMENT_END =
            Pattern.compile("(?uU);|\\.\\s|\\.$|\\n|, (?=(?:\\d|tỷ lệ|tỉ lệ|có |trên |dưới |khoảng ))");
    /** A denominator written once after a list: "trên 40 giường bệnh, trên 13 bác sĩ … /10.000 dân". */
    private static final Pattern PER_TEN_THOUSAND_LATER =
            Pattern.compile("(?uU)^[^;.]*?(?:/10\\.000 dân|/vạn dân|trên 1 vạn dân)");
    /** "(trung bình) mỗi năm 2.332 căn": a yearly amount. */
    private static final Pattern EACH_YEAR_BEFORE = Pattern.compile("(?iuU)\\bmỗi năm\\s*$");
    /** "có ít nhất từ 4-5 bác sỹ đạt 100%": the first number describes the group the target counts. */
    private static final Pattern DESCRIBES_GROUP = Pattern.compile("(?iuU)\\bcó\\s+(?:ít nhất\\s+)?(?:từ\\s+)?$");

    private static final Pattern LATER_VALUE = Pattern.compile("(?uU)\\bđạt\\s+(?:trên\\s+|dưới\\s+|khoảng\\s+)?\\d");
    private static final Pattern PERIOD_WORDS =
            Pattern.compile("(?iuU)(?:đến|vào|đến hết|cuối) năm (\\d{4})|giai đoạn (\\d{4})\\s*[-–]\\s*(\\d{4})");
    /**
     * Words that make a figure the past or present situation, not a target: "đã đạt", "hiện nay", "ước thực hiện",
     * "tính đến hết năm 2025", money already spent ("đã giải ngân 500 tỷ đồng").
     */
    private static final Pattern SITUATION = Pattern.compile(
            "(?iuU)\\b(?:đã (?:đạt|có|hoàn thành|giảm|tăng|được công nhận|chi|giải ngân|bố trí|huy động|đầu tư|hỗ trợ|thực hiện|xây dựng)"
                    + "|hiện nay|hiện tại|hiện có|hiện đang|năm qua|vừa qua|cùng kỳ|tính đến|lũy kế|ước (?:đạt|thực hiện|tính)|đạt được|thực hiện được)\\b");
    /** "từ 60% năm 2020 lên 80%": the first figure is where a change starts, not a target. */
    private static final Pattern STARTING_POINT =
            Pattern.compile("(?iuU)^\\s*(?:(?:vào |của )?năm \\d{4}\\s*)?(?:lên|xuống)\\b");
    /** A worked example of a legal text ("Ví dụ: …"): its figures illustrate a rule. */
    private static final Pattern EXAMPLE = Pattern.compile("(?iuU)^\\W*ví dụ\\b");

    private static final Pattern SCOPE = Pattern.compile(
            "(?iuU)khu vực thành thị|thành thị|nông thôn|đồng bào dân tộc thiểu số|dân tộc thiểu số|vùng sâu, vùng xa|miền núi|biên giới");

    private TargetExtractor() {}

    /** The targets of a document of the given kind (null when its kind is not known). */
    public static List<Target> extract(ParsedDocument doc, DocumentType kind) {
        List<Target> out = new ArrayList<>();
        if (kind != null && kind.laysDownLaw()) return out;
        HeadingLines lines = new HeadingLines();
        for (Clause root : doc.clauses()) walk(root, false, null, lines, out);
        return out.stream().filter(t -> !t.indicator().isBlank()).toList();
    }

    private static void walk(Clause c, boolean inTargets, String year, HeadingLines lines, List<Target> out) {
        boolean headed = inTargets
                || (c.heading() != null
                        && TARGET_SECTION.matcher(c.heading()).find()
                        && c.kind() != ClauseKind.ITEM
                        && c.kind() != ClauseKind.INDENT);
        String contextYear = year;
        if (c.heading() != null) {
            Matcher y = HEADING_YEAR.matcher(c.heading());
            if (y.find()) contextYear = y.group(1);
        }
        int[] inside = lines.read(c);
        if (!headed && inside != null && lines.period() != null) contextYear = lines.period();
        if (c.kind() == ClauseKind.ROW && !c.cells().isEmpty()) {
            if (headed || inside != null || TargetTable.namesIndicators(c))
                out.addAll(TargetTable.read(c, contextYear));
        } else if (!c.text().isEmpty() && !c.text().equals(c.heading()) && (headed || inside != null))
            prose(c, headed ? 0 : inside[0], headed ? c.text().length() : inside[1], contextYear, out);
        for (Clause child : c.children()) walk(child, headed, contextYear, lines, out);
    }

    /**
     * Headings a parse left in clause texts ("2. Mục tiêu cụ thể" as a paragraph of a decision's Điều 1, "a) Mục
     * tiêu cụ thể đến năm 2030" as a point's whole text): a targets heading opens a section that runs, in document
     * order, to the next heading of its rank or a higher one ("IV. NHIỆM VỤ, GIẢI PHÁP", "c) Tầm nhìn …").
     */
    private static final class HeadingLines {
        /** A numbering mark that opens a heading: "III.", "2.", "a)". */
        private static final Pattern MARK = Pattern.compile(
                "(?uU)(?:^|\\s)(?:(?<roman>[IVX]+)\\.|(?<arabic>\\d{1,2})\\.|(?<letter>[a-zđ])\\))\\s+(?=\\p{Lu})");

        private static final Pattern PERIOD =
                Pattern.compile("(?uU)((?:19|20)\\d\\d)\\s*[-–]\\s*((?:19|20)\\d\\d)|năm ((?:19|20)\\d\\d)");
        private static final int LONGEST = 160;

        private int openRank = -1;
        private String period;

        String period() {
            return period;
        }

        /**
         * Reads the heading lines of a clause's own text; returns the stretch of that text inside a targets
         * section ({from, to}), or null.
         */
        int[] read(Clause c) {
            String text = c.text();
            int from = openRank >= 0 ? 0 : -1, to = text.length();
            int at = 0;
            boolean headingKind =
                    c.kind() != ClauseKind.INDENT && c.kind() != ClauseKind.ITEM && c.kind() != ClauseKind.ROW;
            for (String line : text.split("\n", -1)) {
                String l = line.strip();
                if (headingKind && !l.isEmpty() && l.length() <= LONGEST && !l.endsWith(".") && !l.endsWith(";"))
                    for (String[] piece : pieces(l, line.equals(text) ? rank(c.kind()) : 0)) {
                        int rank = Integer.parseInt(piece[0]);
                        if (TARGET_SECTION.matcher(piece[1]).find()) {
                            openRank = rank;
                            period = periodOf(piece[1]);
                            if (from < 0) from = at + line.length();
                        } else if (openRank >= 0 && rank >= openRank) {
                            openRank = -1;
                            period = null;
                            if (from >= 0 && to == text.length()) to = at;
                        } else if (openRank >= 0 && periodOf(piece[1]) != null) period = periodOf(piece[1]);
                    }
                at += line.length() + 1;
            }
            from = Math.min(from, text.length());
            return from >= 0 && from < to ? new int[] {from, to} : null;
        }

        /** The headings of a line, each with its rank (roman 3, arabic 2, letter 1; an unmarked line has the rank its clause gives). */
        private static List<String[]> pieces(String line, int unmarkedRank) {
            List<String[]> out = new ArrayList<>();
            Matcher m = MARK.matcher(line);
            int last = 0, rank = unmarkedRank;
            while (m.find()) {
                if (m.start() > last) out.add(new String[] {String.valueOf(rank), line.substring(last, m.start())});
                rank = m.group("roman") != null ? 3 : m.group("arabic") != null ? 2 : 1;
                last = m.end();
            }
            out.add(new String[] {String.valueOf(rank), line.substring(last)});
            return out;
        }

        private static int rank(ClauseKind kind) {
            return switch (kind) {
                case PART, CHAPTER, SECTION -> 3;
                case PARAGRAPH -> 2;
                case POINT -> 1;
                default -> 0;
            };
        }

        private static String periodOf(String words) {
            Matcher m = PERIOD.matcher(words);
            if (!m.find()) return null;
            return m.group(3) != null ? m.group(3) : m.group(1) + "-" + m.group(2);
        }
    }

    /** Targets written in sentences: each value with its unit or comparator, in its segment of the text [from, to). */
    private static void prose(Clause c, int from, int to, String contextYear, List<Target> out) {
        String text = c.text();
        int segStart = from;
        Matcher end = SEGMENT_END.matcher(text);
        while (segStart < to) {
            int segEnd = end.find(segStart) && end.start() < to ? end.start() : to;
            if (segEnd > segStart) segment(c, text, segStart, segEnd, contextYear, out);
            segStart = segEnd == to ? segEnd : end.end();
        }
    }

    private static void segment(Clause c, String text, int from, int to, String contextYear, List<Target> out) {
        String segment = text.substring(from, to);
        if (EXAMPLE.matcher(segment).find()) return;
        List<MatchResult> quantities = QUANTITY.matcher(segment).results().toList();
        int previousEnd = 0;
        boolean previousLed = false;
        Words carried = null;
        for (int k = 0; k < quantities.size(); k++) {
            MatchResult q = quantities.get(k);
            int nextStart = k + 1 < quantities.size() ? quantities.get(k + 1).start() : segment.length();
            String unitWords = q.group("unit");
            String cmpWords =
                    q.group("cmp") == null ? "" : q.group("cmp").strip().toLowerCase(Locale.ROOT);
            String before = segment.substring(0, q.start("v1"));
            if (q.group("cmp") == null && NOT_A_VALUE_BEFORE.matcher(before).find()) continue;
            if (isYear(q.group("v1")) && unitWords == null) continue;
            if (segment.startsWith(" tháng", q.end()) || segment.startsWith("tháng", q.end())) continue;
            if (DESCRIBES_GROUP.matcher(segment.substring(0, q.start())).find()
                    && LATER_VALUE.matcher(segment.substring(q.end())).find()) continue;
            Matcher situation =
                    SITUATION.matcher(segment.substring(0, q.start("v1"))).region(previousEnd, q.start("v1"));
            boolean present = situation.find();
            if (present
                    || cmpWords.endsWith("từ")
                            && STARTING_POINT
                                    .matcher(segment.substring(q.end()))
                                    .find()) {
                // "Tỷ lệ hộ nghèo hiện nay là 21,24%, phấn đấu giảm …": the figure is not a target, its indicator is
                // the next one's.
                carried = trim(segment, previousEnd, present ? situation.start() : q.start());
                previousEnd = q.end();
                continue;
            }
            String unit = unitWords == null ? UnitSpellings.fromIndicator(segment) : UnitSpellings.canonical(unitWords);
            if (unit != null
                    && !unit.contains("/")
                    && EACH_YEAR_BEFORE.matcher(segment.substring(0, q.start())).find()) unit = unit + "/năm";
            if (unit != null
                    && UnitSpellings.countsPeople(unit)
                    && PER_TEN_THOUSAND_LATER
                            .matcher(text.substring(from + q.end()))
                            .find()) unit = unit + "/vạn dân";
            if (unit == null
                    && !(cmpWords.endsWith("đạt") || cmpWords.endsWith("là") || cmpWords.matches("(?U).*[≥≤<>]=?")))
                continue;
            if ("tuổi".equals(unit) && !segment.toLowerCase(Locale.ROOT).contains("tuổi thọ")) continue;
            if ("năm".equals(unit) && !segment.toLowerCase(Locale.ROOT).contains("số năm")) continue;
            Target.Comparator cmp = comparator(cmpWords, q.group("v2") != null, q.group("more") != null);
            BigDecimal value = VietnameseNumbers.parse(q.group("v1"));
            BigDecimal upper = q.group("v2") == null ? null : VietnameseNumbers.parse(q.group("v2"));
            Words indicator = indicator(segment, previousEnd, q.start(), q.end(), nextStart, previousLed);
            indicator = continued(indicator, segment.substring(previousEnd, q.start()), q, c, unit, out);
            if (indicator.text().isEmpty() && carried != null) indicator = carried;
            carried = null;
            previousLed = indicator.start() >= q.end();
            if (previousLed
                    && unitWords != null
                    && !unit.contains("%")
                    && !unit.contains("/")
                    && !indicator.text().isEmpty())
                // "8/9 đơn vị cấp huyện đạt chuẩn …": what is counted is named by the unit, then the words after it.
                indicator = new Words(unitWords.strip() + " " + indicator.text(), q.start("unit"), indicator.end());
            if (indicator.text().isEmpty() && unit != null && !unit.contains("%"))
                indicator = new Words(
                        "số " + unit,
                        q.start(),
                        q.end()); // "có 15,5 bác sỹ trên 1 vạn dân": the unit names what is counted
            String period =
                    period(text, from + q.start(), from + q.end(), unit != null && unit.endsWith("/năm"), contextYear);
            Target.Change change = TargetChange.before(segment.substring(previousEnd, q.start("v1")));
            String baseline = change == Target.Change.LEVEL ? null : TargetChange.baseline(segment.substring(q.end()));
            // The words that state the target: its indicator and its value, in text order.
            int wordsFrom = Math.min(indicator.start(), q.start()), wordsTo = Math.max(indicator.end(), q.end());
            out.add(new Target(
                    c,
                    indicator.text(),
                    cmp,
                    value,
                    upper,
                    unit == null ? "" : unit,
                    period,
                    restricted(indicator.text(), segment.substring(previousEnd, nextStart)),
                    change,
                    baseline,
                    from + wordsFrom,
                    from + wordsTo,
                    List.of(),
                    List.of(),
                    null));
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
     * The comparator the words before a value give: a cap ("không quá", "tối đa", "≤") and a floor
     * ("không dưới", "≥") first; then a strict bound ("trên", "dưới") wins over "tối thiểu đạt trên"'s
     * minimum; "tối thiểu đạt 97%" and "từ 72%" are minimums; "khoảng" is about.
     */
    private static Target.Comparator comparator(String words, boolean range, boolean orMore) {
        if (range) return Target.Comparator.RANGE;
        if (words.contains("không quá")
                || words.contains("không vượt quá")
                || words.contains("tối đa")
                || words.contains("≤")
                || words.contains("<=")) return Target.Comparator.LE;
        if (words.contains("không dưới")
                || words.contains("không thấp hơn")
                || words.contains("≥")
                || words.contains(">=")) return Target.Comparator.GE;
        if (word("trên", words) || words.contains(">")) return Target.Comparator.GT;
        if (word("dưới", words) || words.contains("<")) return Target.Comparator.LT;
        if (words.contains("khoảng") || word("gần", words)) return Target.Comparator.APPROX;
        if (orMore || words.contains("tối thiểu") || words.contains("ít nhất") || word("từ", words))
            return Target.Comparator.GE;
        return Target.Comparator.EQ;
    }

    /** Words of a segment and where they stand in it. */
    private record Words(String text, int start, int end) {}

    /** What opens a sentence without naming the indicator: "Phấn đấu đến năm 2030, có …". */
    private static final Pattern LEADING = Pattern.compile(
            "(?iuU)^(?:[,;:\\s]|phấn đấu\\s|(?:đến |trong )?năm \\d{4},?\\s|giai đoạn \\d{4}\\s*[-–]\\s*\\d{4},?\\s"
                    + "|trong đó:?\\s|bảo đảm\\s|có\\s)*");
    /** What ends the words before a value without naming the indicator, a change verb too ("… tăng bình quân"). */
    private static final Pattern TRAILING =
            Pattern.compile("(?iuU)(?:[,;:\\s]|\\b(?:phấn đấu|bảo đảm|có|đạt|duy trì mức|và|trong đó"
                    + "|(?:tăng|giảm|đạt)(?:\\s+(?:thêm|bình quân|trung bình|(?:mỗi|hằng|hàng) năm))*"
                    + "|giai đoạn \\d{4}\\s*[-–]\\s*\\d{4}))+$");

    /**
     * The words that name what is measured: before the value, or after it (up to the next value) when the value
     * leads; when the value before led too ("45% A và 35% B"), the words before are its, so this one takes those after.
     */
    private static Words indicator(
            String segment, int previousEnd, int start, int end, int nextStart, boolean previousLed) {
        Words before = trim(segment, previousEnd, start);
        Words after = trim(segment, end, nextStart);
        if (before.text().length() >= 8 && !(previousLed && after.text().length() >= 8)) return before;
        return after;
    }

    /** Words before a value that only name another period or the change: "; giai đoạn 2026-2030 giảm bình quân". */
    private static final Pattern RESTATES = Pattern.compile("(?iuU)giai đoạn \\d{4}|năm \\d{4}|\\btăng\\b|\\bgiảm\\b");

    private static final Pattern RESTRICTED = Pattern.compile("(?uU)\\((riêng\\s[^)]*)\\)$");

    /** The scope of a target: the restriction its indicator took ("… (riêng 2 huyện …)"), else the population or area its words name. */
    private static String restricted(String indicator, String words) {
        Matcher r = RESTRICTED.matcher(indicator);
        return r.find() ? r.group(1).toLowerCase(Locale.ROOT) : scope(words);
    }

    /** "(riêng 2 huyện Trạm Tấu, Mù Cang Chải": a restriction of the indicator before it in the clause. */
    private static final Pattern RESTRICTION = Pattern.compile("(?iuU)^\\(?\\s*(riêng\\s.*)$");

    /**
     * A value whose words only restrict or repeat in another period the indicator of the value before it, in the
     * same clause and unit ("Mức giảm tỷ lệ hộ nghèo giai đoạn 2024-2025 đạt bình quân 3%/năm (riêng 2 huyện …
     * giảm trên 6,5%/năm); giai đoạn 2026-2030 giảm bình quân 2-2,5%/năm"), takes that indicator.
     */
    private static Words continued(
            Words own, String before, MatchResult value, Clause c, String unit, List<Target> out) {
        Target previous = out.isEmpty() ? null : out.get(out.size() - 1);
        if (previous == null || previous.clause() != c || !previous.unit().equals(unit == null ? "" : unit)) return own;
        String base = previous.indicator().replaceFirst("(?uU)\\s*\\(riêng\\s[^)]*\\)$", "");
        if (trim(before, 0, before.length()).text().isEmpty()
                && RESTATES.matcher(before).find()) return new Words(base, value.start(), value.end());
        Matcher restriction = RESTRICTION.matcher(own.text());
        if (restriction.matches())
            return new Words(
                    base + " (" + restriction.group(1).replaceAll("[)\\s]+$", "") + ")", own.start(), own.end());
        return own.text().isEmpty() ? new Words(base, own.start(), own.end()) : own;
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
        int sentence =
                Math.max(Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("; ", at)), text.lastIndexOf('\n', at));
        String before = text.substring(sentence < 0 ? 0 : sentence + 1, at);
        String stated = lastPeriod(before.replaceAll("\\([^)]*\\)", ""));
        if (stated == null) {
            // "Xây dựng 8.300 căn trong giai đoạn 2026-2030": the period may follow the value in its sentence.
            int stop = firstOf(text, end, ". ", "; ", "\n", " (", "so với");
            stated = lastPeriod(text.substring(end, stop));
        }
        if (stated == null && perYear)
            stated = lastPeriod(before); // a yearly rate runs over the period the sentence names, even in parentheses
        return stated != null ? stated : contextYear;
    }

    private static String lastPeriod(String words) {
        Matcher y = PERIOD_WORDS.matcher(words);
        String stated = null;
        while (y.find()) stated = y.group(1) != null ? y.group(1) : y.group(2) + "-" + y.group(3);
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

    static String scope(String words) {
        Matcher m = SCOPE.matcher(words);
        return m.find()
                ? m.group().toLowerCase(Locale.ROOT).replace("khu vực ", "").replace("đồng bào ", "")
                : null;
    }
}
