package vn.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.policykg.source.Clause;

/**
 * A row of a plan's target table ("Phụ lục chỉ tiêu"): its columns found by their headers (indicator, unit,
 * one value column per year or plan, lead and coordinating bodies, leader in charge), by position where the
 * table has no header. A value cell may hold several values ("≤ 3 Đông Nam Á; ≤ 50 Thế giới"), a range
 * ("16 - 18", "20% - 50%") or a value followed by words ("≥ 3% và tăng dần …").
 */
final class TargetTable {

    private enum Role {
        INDICATOR,
        UNIT,
        VALUE,
        LEAD,
        COORDINATING,
        LEADER,
        OTHER
    }

    private static final String NUM = VietnameseNumbers.PATTERN;
    /** One value of a cell: comparator, value, optional range, optional % and what follows. */
    private static final Pattern VALUE = Pattern.compile("(?uU)^(?<cmp>>=|<=|≥|≤|>|<|~)?\\s*(?<v1>" + NUM
            + ")\\s*(?<pct1>%)?" + "(?:\\s*[-–]\\s*(?<v2>" + NUM + ")\\s*%?)?\\s*(?<rest>.*)$");
    /** Words after a value that name where it is ranked ("Đông Nam Á", "Thế giới"): a scope. */
    private static final Pattern SCOPE_WORDS = Pattern.compile("(?uU)^\\p{Lu}\\p{L}*(?:\\s+\\p{L}+){0,3}$");
    /** Words after a value that add to it without changing it: "và tăng dần theo yêu cầu phát triển", "(ước)". */
    private static final Pattern ADDED_WORDS = Pattern.compile("(?iuU)^(?:và|\\()");
    /** A column of figures already reached: "Thực hiện năm 2020", "Ước thực hiện 2025", "Hiện trạng". */
    private static final Pattern PAST_COLUMN =
            Pattern.compile("(?iuU)thực hiện|\\bước\\b|đạt được|hiện trạng|hiện nay|cơ sở|so sánh");

    private static final Pattern YEAR =
            Pattern.compile("(?uU)\\b((?:19|20)\\d\\d)\\b(?:\\s*[-–]\\s*((?:19|20)\\d\\d))?");

    private TargetTable() {}

    /** Whether a row's headers make it a row of a target table: a column names the indicator ("Chỉ tiêu"). */
    static boolean namesIndicators(Clause row) {
        return row.cells().stream().anyMatch(c -> role(c) == Role.INDICATOR && c.heading() != null);
    }

    /** The targets of one row; none when the row has no indicator or no value that reads as a number. */
    static List<Target> read(Clause row, String contextYear) {
        Clause.Cell indicator = first(row, Role.INDICATOR), unit = first(row, Role.UNIT);
        List<Target> out = new ArrayList<>();
        if (indicator == null || indicator.text().isBlank()) return out;
        String text = row.text();
        Clause.Cell lead = first(row, Role.LEAD),
                coord = first(row, Role.COORDINATING),
                leader = first(row, Role.LEADER);
        List<BodyMention> leads = lead == null ? List.of() : bodies(text, lead);
        List<BodyMention> coordinating = coord == null ? List.of() : bodies(text, coord);
        String leaderName = leader == null ? null : leaderName(leader.text());
        Target.Change change = TargetChange.ofIndicator(indicator.text());
        for (Clause.Cell value : row.cells()) {
            if (role(value) != Role.VALUE) continue;
            String year = yearOfColumn(value.heading(), contextYear);
            for (String part : value.text().split(";")) {
                Matcher v = VALUE.matcher(part.strip());
                if (!v.matches()) continue;
                String rest = v.group("rest").strip();
                boolean scoped = !rest.isEmpty() && SCOPE_WORDS.matcher(rest).matches();
                if (!rest.isEmpty() && !scoped && !ADDED_WORDS.matcher(rest).find()) continue;
                String unitWords = unit != null && !unit.text().isBlank()
                        ? UnitSpellings.ofTableCell(unit.text(), indicator.text())
                        : v.group("pct1") != null ? "%" : "";
                String words = scoped ? indicator.text() + " (" + rest + ")" : indicator.text();
                out.add(new Target(
                        row,
                        words,
                        comparator(v.group("cmp"), v.group("v2") != null),
                        VietnameseNumbers.parse(v.group("v1")),
                        v.group("v2") == null ? null : VietnameseNumbers.parse(v.group("v2")),
                        unitWords,
                        year,
                        scoped ? rest.toLowerCase(Locale.ROOT) : TargetExtractor.scope(indicator.text()),
                        change,
                        null,
                        0,
                        text.length(),
                        leads,
                        coordinating,
                        leaderName));
            }
        }
        return out;
    }

    private static Target.Comparator comparator(String symbol, boolean range) {
        if (range) return Target.Comparator.RANGE;
        return switch (symbol == null ? "" : symbol) {
            case ">" -> Target.Comparator.GT;
            case ">=", "≥" -> Target.Comparator.GE;
            case "<" -> Target.Comparator.LT;
            case "<=", "≤" -> Target.Comparator.LE;
            case "~" -> Target.Comparator.APPROX;
            default -> Target.Comparator.EQ;
        };
    }

    /**
     * What a column holds, by its header; by position (number, indicator, unit, value, lead, coordinating,
     * leader, as the provinces' appendices lay them out) where there is no header.
     */
    private static Role role(Clause.Cell cell) {
        if (cell.heading() == null || cell.heading().isBlank())
            return switch (cell.column()) {
                case 1 -> Role.INDICATOR;
                case 2 -> Role.UNIT;
                case 3 -> Role.VALUE;
                case 4 -> Role.LEAD;
                case 5 -> Role.COORDINATING;
                case 6 -> Role.LEADER;
                default -> Role.OTHER;
            };
        String h = cell.heading().toLowerCase(Locale.ROOT).strip();
        if (h.contains("phối hợp")) return Role.COORDINATING;
        if (h.contains("lãnh đạo")) return Role.LEADER;
        if (h.contains("chủ trì") || h.contains("trách nhiệm") || h.startsWith("cơ quan")) return Role.LEAD;
        if (h.startsWith("đơn vị") || h.equals("đvt")) return Role.UNIT;
        if (h.matches("(?U)(?:tên |nội dung )?(?:các )?ch[iỉ] tiêu.*")
                && !YEAR.matcher(h).find()) return Role.INDICATOR;
        if (h.equals("tt")
                || h.equals("stt")
                || h.startsWith("ghi chú")
                || PAST_COLUMN.matcher(h).find()) return Role.OTHER;
        if (h.matches("(?U).*(?:kế hoạch|kết quả|mục tiêu|chỉ tiêu|giá trị|phấn đấu|đến năm).*")
                || YEAR.matcher(h).find()) return Role.VALUE;
        return Role.OTHER;
    }

    private static Clause.Cell first(Clause row, Role role) {
        return row.cells().stream().filter(c -> role(c) == role).findFirst().orElse(null);
    }

    private static String yearOfColumn(String heading, String fallback) {
        if (heading != null) {
            Matcher y = YEAR.matcher(heading);
            if (y.find()) return y.group(2) == null ? y.group(1) : y.group(1) + "-" + y.group(2);
        }
        return fallback;
    }

    /** "Đông chí X": a tone mark dropped in typing; the leader is "Đồng chí X", one person under one name. */
    private static final Pattern COMRADE_TYPO = Pattern.compile("^Đông chí(?=\\s)");

    private static String leaderName(String asWritten) {
        return COMRADE_TYPO.matcher(asWritten).replaceFirst("Đồng chí");
    }

    private static List<BodyMention> bodies(String rowText, Clause.Cell cell) {
        int at = rowText.indexOf(cell.text());
        return at < 0
                ? List.of()
                : BodyNames.split(rowText, at, at + cell.text().length());
    }
}
