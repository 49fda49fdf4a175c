package vn.policykg.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.policykg.source.Clause;
import vn.policykg.source.ClauseKind;
import vn.policykg.source.ParsedDocument;

/**
 * Tasks: rows of task tables, and numbered or bulleted clauses under a "tasks" or "organisation of implementation"
 * heading that name who leads, coordinates or directs (in their own words or in a heading above), or say when the
 * work is due. Normative texts are left out before this runs ({@link DocumentContext#assignsTasks}).
 */
public final class TaskExtractor {

    /** Headings of the parts of a programme that assign work. */
    private static final Pattern TASK_SECTION =
            Pattern.compile("(?iuU)nhiệm vụ|tổ chức thực hiện|phân công|lãnh đạo, chỉ đạo thực hiện");

    private static final Pattern DEADLINE_LABEL =
            Pattern.compile("(?uU)^(?:Thời gian|Thời hạn) (?:hoàn thành|thực hiện)\\s*:\\s*");
    private static final Pattern RESULT_LABEL =
            Pattern.compile("(?uU)^(?:Kết quả|Sản phẩm)(?: dự kiến| đầu ra)?\\s*:\\s*");
    /**
     * Years that are no deadline: "… của ngành Ngân hàng trong năm 2026" qualifies a noun,
     * "… đã ký kết trong năm 2025" tells what was done.
     */
    private static final Pattern NOT_A_DEADLINE = Pattern.compile("(?iuU)\\b(?:của|đã)(?:\\s+\\S+){0,3}\\s*$");
    /**
     * A year in the manner a task is done, not its due date: "Tổ chức triển khai … theo hướng hành động, tăng tốc, tạo kết
     * quả thực chất trong năm 2026" (from "theo hướng" to the year, no sentence ends).
     */
    private static final Pattern ORIENTATION = Pattern.compile("(?iuU)\\btheo hướng\\b[^.;:\\n]*$");

    private static final Set<ClauseKind> TASK_KINDS =
            Set.of(ClauseKind.PARAGRAPH, ClauseKind.POINT, ClauseKind.ITEM, ClauseKind.INDENT);
    private static final Set<Deadline.Kind> DATED =
            Set.of(Deadline.Kind.WITHIN, Deadline.Kind.BEFORE, Deadline.Kind.CONDITIONAL, Deadline.Kind.START);

    private TaskExtractor() {}

    /** Parts, Roman sections and numbered paragraphs can open a task section; list entries cannot. */
    private static final Set<ClauseKind> SECTION_KINDS =
            Set.of(ClauseKind.SECTION, ClauseKind.PART, ClauseKind.PARAGRAPH);

    public static List<Task> extract(ParsedDocument doc) {
        List<Task> tasks = new ArrayList<>();
        Map<Clause, Task.Stated<Deadline>> fromHeadings = headingDeadlines(doc.clauses());
        Map<Clause, List<Task.Stated<RoleAssignment>>> given = new HashMap<>();
        for (Clause c : doc.allClauses()) {
            Task row = tableTask(c);
            if (row != null) tasks.add(row);
            List<Task.Stated<RoleAssignment>> heading = headingRoles(c);
            if (!heading.isEmpty()) give(c, heading, given);
        }
        SectionWalk.walk(
                doc.clauses(),
                c -> SECTION_KINDS.contains(c.kind())
                        && SectionWalk.headed(TASK_SECTION).test(c),
                (c, inside) -> {
                    // A heading that names who does the items beneath it is no task of its own, nor is a topic heading
                    // that
                    // passes those bodies on: their items are.
                    if (inside
                            && TASK_KINDS.contains(c.kind())
                            && !labelLine(c)
                            && headingRoles(c).isEmpty()
                            && !(given.containsKey(c) && topic(c))) {
                        Task t = task(c, fromHeadings.get(c), given.getOrDefault(c, List.of()));
                        if (t != null) tasks.add(t);
                    }
                });
        return tasks;
    }

    /**
     * The roles a heading gives the numbered or bulleted items beneath it ("a) Tổ đảng ở Thường trực Ủy ban Pháp luật",
     * "Bộ Y tế:", "2.1. Để …, Đảng đoàn Quốc hội xác định các nhiệm vụ trọng tâm sau:"): a clause with such items whose
     * one paragraph, or whose intro sentence after its title, names bodies and no work. Empty for any other clause.
     */
    private static List<Task.Stated<RoleAssignment>> headingRoles(Clause c) {
        String text = c.text();
        if (text.isEmpty() || !hasItems(c)) return List.of();
        // A section's intro sentence after its title: "II. NHIỆM VỤ CỤ THỂ\nNhằm …, các bộ, … cần … các nhiệm vụ sau
        // đây:".
        int last = text.lastIndexOf('\n') + 1;
        if (last > 0 && !text.strip().endsWith(":")) return List.of();
        return RoleParser.heading(text, last, text.length()).stream()
                .map(r -> new Task.Stated<>(r, c))
                .toList();
    }

    private static boolean hasItems(Clause c) {
        return c.children().stream()
                .anyMatch(child -> TASK_KINDS.contains(child.kind()) && child.kind() != ClauseKind.UNNUMBERED);
    }

    /** Gives a heading's roles to its items, and through a topic heading ("1. Tăng cường sự lãnh đạo …") to the items beneath it. */
    private static void give(
            Clause heading,
            List<Task.Stated<RoleAssignment>> roles,
            Map<Clause, List<Task.Stated<RoleAssignment>>> given) {
        for (Clause child : heading.children())
            if (TASK_KINDS.contains(child.kind())
                    && child.kind() != ClauseKind.UNNUMBERED) { // a nearer heading, met later, wins
                given.put(child, roles);
                if (topic(child)) give(child, roles, given);
            }
    }

    /** A heading with items that names no body: a topic under which a heading above assigns the items. */
    private static boolean topic(Clause c) {
        if (!hasItems(c) || c.text().indexOf('\n') >= 0 || !headingRoles(c).isEmpty()) return false;
        String text = c.text();
        return RoleParser.leadIn(text, 0, firstLeadInEnd(text)).isEmpty();
    }

    /**
     * For each clause under a heading that states a period or a date ("2. Nhiệm vụ thực hiện trong giai đoạn
     * 2026-2030"), that deadline, stated in the heading's clause: it applies to the items beneath unless they
     * state their own (the nearest heading wins).
     */
    private static Map<Clause, Task.Stated<Deadline>> headingDeadlines(List<Clause> roots) {
        Map<Clause, Task.Stated<Deadline>> out = new HashMap<>();
        for (Clause root : roots) inherit(root, null, out);
        return out;
    }

    private static void inherit(Clause c, Task.Stated<Deadline> above, Map<Clause, Task.Stated<Deadline>> out) {
        if (above != null) out.put(c, above);
        Task.Stated<Deadline> own = headingDeadline(c);
        for (Clause child : c.children()) inherit(child, own != null ? own : above, out);
    }

    /** A period or dated deadline in the words of a clause's heading, or null. */
    private static Task.Stated<Deadline> headingDeadline(Clause c) {
        if (c.heading() == null || !c.text().startsWith(c.heading())) return null;
        for (Deadline d : DeadlineParser.findAll(c.heading()))
            if (d.kind() == Deadline.Kind.PERIOD || DATED.contains(d.kind())) return new Task.Stated<>(d, c);
        return null;
    }

    /**
     * @param fromHeading  the deadline a heading above states for its items, or null
     * @param given        the roles a heading above gives its items (see {@link #give}), for an item that names no body itself
     */
    private static Task task(Clause c, Task.Stated<Deadline> fromHeading, List<Task.Stated<RoleAssignment>> given) {
        List<Task.Stated<RoleAssignment>> roles = new ArrayList<>();
        Task.Stated<Deadline> deadline = null;
        Task.Stated<Task.Words> result = null;
        List<Clause> statements = new ArrayList<>();
        statements.add(c);
        for (Clause child : c.children())
            if (child.kind() == ClauseKind.UNNUMBERED || labelLine(child)) statements.add(child);
        for (Clause s : statements) {
            String text = s.text();
            int at = 0;
            for (String para : text.split("\n", -1)) {
                int from = at, to = at + para.length();
                at = to + 1;
                for (RoleAssignment r : RoleParser.labelled(text, from, to)) roles.add(new Task.Stated<>(r, s));
                Matcher label = DEADLINE_LABEL.matcher(para);
                if (deadline == null && label.find()) {
                    Deadline d = DeadlineParser.parse(para.substring(label.end()));
                    if (d != null) deadline = new Task.Stated<>(shift(d, from + label.end()), s);
                }
                Matcher resultLabel = RESULT_LABEL.matcher(para);
                if (result == null
                        && resultLabel.find()
                        && !para.substring(resultLabel.end()).isBlank())
                    result = new Task.Stated<>(words(text, from + resultLabel.end(), to), s);
            }
        }
        if (roles.isEmpty()) {
            String text = c.text();
            int end = firstLeadInEnd(text);
            for (RoleAssignment r : RoleParser.leadIn(text, 0, end)) roles.add(new Task.Stated<>(r, c));
        }
        if (roles.isEmpty()) roles.addAll(given);
        if (deadline == null) {
            List<Deadline> inText = DeadlineParser.findAll(c.text());
            deadline = statedInText(c, inText);
            if (deadline == null) deadline = recurring(c, inText, fromHeading);
        }
        if (roles.isEmpty() && deadline == null)
            // An item directly under a heading that dates its items is a task of that heading; deeper lines are its
            // parts.
            return fromHeading != null && fromHeading.in().children().contains(c)
                    ? new Task(c, List.of(), fromHeading, result)
                    : null;
        return new Task(c, List.copyOf(roles), deadline != null ? deadline : fromHeading, result);
    }

    /** The words of {@code text[from, to)} without the spaces and end punctuation around them. */
    private static Task.Words words(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || ".;".indexOf(text.charAt(to - 1)) >= 0))
            to--;
        return new Task.Words(text.substring(from, to), from, to);
    }

    /**
     * A bullet that only labels its task's lead, partners, due date or result ("- Cơ quan chủ trì: Bộ Y tế.",
     * "- Thời gian hoàn thành: Quý IV/2026."): read as the task's own words, never a task of its own.
     */
    private static boolean labelLine(Clause c) {
        String text = c.text();
        return c.kind() == ClauseKind.INDENT
                && c.children().isEmpty()
                && text.indexOf('\n') < 0
                && (RoleParser.isLabel(text)
                        || DEADLINE_LABEL.matcher(text).find()
                        || RESULT_LABEL.matcher(text).find());
    }

    /** The lead-in is the first paragraph, up to its colon or its first sentence end. */
    private static int firstLeadInEnd(String text) {
        int nl = text.indexOf('\n');
        int end = nl < 0 ? text.length() : nl;
        int colon = text.indexOf(':');
        if (colon >= 0 && colon < end) end = colon + 1;
        return end;
    }

    /**
     * In running text "đến năm 2030" names a strategy's horizon ("Chiến lược … đến năm 2025, định hướng đến năm 2030"),
     * not a due date; a table cell or a heading may still state it.
     */
    private static final Pattern NAMES_A_TIME = Pattern.compile("(?iuU)đến năm");

    /** The first dated deadline among {@code inText}, the deadline phrases of the task's own words, that is one. */
    private static Task.Stated<Deadline> statedInText(Clause c, List<Deadline> inText) {
        String text = c.text();
        for (Deadline d : inText) {
            String words = d.words().toLowerCase(Locale.ROOT);
            if (!DATED.contains(d.kind())
                    || NAMES_A_TIME.matcher(words).lookingAt()
                    || d.kind() == Deadline.Kind.START && !d.expected() && !words.contains("bắt đầu")) continue;
            boolean explicit =
                    words.startsWith("hoàn thành") || d.kind() != Deadline.Kind.WITHIN || !words.contains("trong năm");
            String before = text.substring(0, d.from());
            if (!explicit
                    && (NOT_A_DEADLINE
                                    .matcher(before.substring(Math.max(0, before.length() - 40)))
                                    .find()
                            || ORIENTATION.matcher(before).find())) continue;
            return new Task.Stated<>(d, c);
        }
        return null;
    }

    /** Columns of a task table, recognised by their headings in any order. */
    private static final Pattern TASK_COLUMN = Pattern.compile("(?iuU)nhiệm vụ|nội dung|tên (?:đề án|nhiệm vụ)");

    private static final Pattern LEAD_COLUMN = Pattern.compile("(?iuU)chủ trì");
    private static final Pattern COORDINATING_COLUMN = Pattern.compile("(?iuU)phối hợp");
    private static final Pattern TIME_COLUMN = Pattern.compile("(?iuU)thời (?:gian|hạn)|tiến độ|hoàn thành");
    private static final Pattern RESULT_COLUMN = Pattern.compile("(?iuU)kết quả|sản phẩm");
    /** A time cell that is only a year ("Năm 2025", "2025") or a month ("6/2025"). */
    private static final Pattern YEAR_CELL = Pattern.compile("(?iuU)^(?:năm\\s+)?(\\d{4})\\.?$");

    private static final Pattern MONTH_CELL = Pattern.compile("^(\\d{1,2})/(\\d{4})\\.?$");
    /** A time cell that is a range of years: "2027 - 2030". */
    private static final Pattern YEARS_CELL = Pattern.compile("^(\\d{4})\\s*[-–]\\s*(\\d{4})\\.?$");

    /**
     * A row of a task table (a column headed "nhiệm vụ"/"nội dung" and one headed "chủ trì"): its lead and
     * coordinating bodies from their cells, its deadline from the time cell. Null for any other clause.
     */
    private static Task tableTask(Clause row) {
        if (row.kind() != ClauseKind.ROW
                || row.cells().stream().noneMatch(c -> headed(c, TASK_COLUMN))
                || row.cells().stream().noneMatch(c -> headed(c, LEAD_COLUMN))) return null;
        String text = row.text();
        List<Task.Stated<RoleAssignment>> roles = new ArrayList<>();
        Task.Stated<Deadline> deadline = null;
        Task.Stated<Task.Words> result = null;
        int searchFrom = 0;
        for (Clause.Cell cell : row.cells()) {
            int at = text.indexOf(cell.text(), searchFrom);
            if (at < 0 || cell.text().isEmpty()) continue;
            searchFrom = at + cell.text().length();
            Role role = headed(cell, LEAD_COLUMN)
                    ? Role.LEAD
                    : headed(cell, COORDINATING_COLUMN) ? Role.COORDINATING : null;
            if (role != null)
                for (BodyMention b : BodyNames.split(text, at, at + cell.text().length()))
                    roles.add(new Task.Stated<>(new RoleAssignment(role, b), row));
            else if (deadline == null && headed(cell, TIME_COLUMN)) {
                Deadline d = cellDeadline(cell.text());
                if (d != null) deadline = new Task.Stated<>(shift(d, at), row);
            } else if (result == null && headed(cell, RESULT_COLUMN) && !headed(cell, TASK_COLUMN))
                result = new Task.Stated<>(words(text, at, at + cell.text().length()), row);
        }
        return roles.isEmpty() && deadline == null ? null : new Task(row, List.copyOf(roles), deadline, result);
    }

    private static boolean headed(Clause.Cell cell, Pattern column) {
        return cell.heading() != null && column.matcher(cell.heading()).find();
    }

    /** A time cell's deadline: any phrase the parser knows, else a bare year or month. */
    private static Deadline cellDeadline(String cell) {
        Deadline d = DeadlineParser.parse(cell);
        if (d != null) return d;
        String t = cell.strip();
        Matcher year = YEAR_CELL.matcher(t);
        if (year.matches()) {
            int y = Integer.parseInt(year.group(1));
            return new Deadline(
                    Deadline.Kind.WITHIN,
                    LocalDate.of(y, 1, 1),
                    LocalDate.of(y, 12, 31),
                    year.group(),
                    null,
                    0,
                    year.group().length());
        }
        Matcher years = YEARS_CELL.matcher(t);
        if (years.matches())
            return new Deadline(
                    Deadline.Kind.PERIOD,
                    LocalDate.of(Integer.parseInt(years.group(1)), 1, 1),
                    LocalDate.of(Integer.parseInt(years.group(2)), 12, 31),
                    years.group(),
                    null,
                    0,
                    years.group().length());
        Matcher month = MONTH_CELL.matcher(t);
        if (month.matches() && Integer.parseInt(month.group(1)) >= 1 && Integer.parseInt(month.group(1)) <= 12) {
            YearMonth ym = YearMonth.of(Integer.parseInt(month.group(2)), Integer.parseInt(month.group(1)));
            return new Deadline(
                    Deadline.Kind.WITHIN,
                    ym.atDay(1),
                    ym.atEndOfMonth(),
                    month.group(),
                    null,
                    0,
                    month.group().length());
        }
        return null;
    }

    /** Words that open a task with how often it recurs: "Hằng năm, xây dựng …", "Định kỳ 6 tháng, báo cáo …". */
    private static final Pattern OPENS_RECURRING = Pattern.compile("(?iuU)^(?:định kỳ\\s+)?(?:hằng|hàng|định kỳ)\\b");

    /**
     * A recurrence among {@code inText}, the deadline phrases of the task's own words, that opens a paragraph of the
     * task, or ends a deadline of its own ("trước ngày 15 tháng 12 hằng năm");
     * within the period a heading above states, when there is one. "hằng năm" elsewhere in a sentence ("kế
     * hoạch 5 năm và hằng năm") is no deadline.
     */
    private static Task.Stated<Deadline> recurring(Clause c, List<Deadline> inText, Task.Stated<Deadline> fromHeading) {
        for (Deadline d : inText) {
            if (d.recurrence() == null) continue;
            // The recurrence opens one of the task's paragraphs ("Về giảm nghèo\nHằng năm, xây dựng …").
            int paragraph = c.text().lastIndexOf('\n', d.from() - 1) + 1;
            boolean opens =
                    OPENS_RECURRING.matcher(c.text().substring(paragraph)).lookingAt() && d.from() - paragraph < 20;
            if (!opens && !d.recurrence().contains("BYMONTHDAY")) continue;
            Deadline over = fromHeading == null
                    ? d
                    : d.over(fromHeading.fact().start(), fromHeading.fact().end());
            return new Task.Stated<>(over, c);
        }
        return null;
    }

    private static Deadline shift(Deadline d, int by) {
        return new Deadline(
                d.kind(), d.start(), d.end(), d.words(), d.condition(), d.from() + by, d.to() + by, d.recurrence());
    }
}
