package vn.policykg.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.policykg.source.Clause;
import vn.policykg.source.ClauseKind;

/**
 * How the citing document stands to each document it names, read in document order: its title says what it
 * carries out ("… thực hiện Nghị quyết số 57-NQ/TW") or amends ("Sửa đổi, bổ sung một số điều của Nghị định số
 * 68/2026/NĐ-CP"), and later mentions of that document in the same role keep the relation.
 */
final class CitationRelations {

    private static final Pattern AMENDING = Pattern.compile("(?iuU)\\b(?:sửa đổi|bổ sung|bãi bỏ|thay thế)\\b");
    /** "Luật … được sửa đổi, bổ sung bởi Luật số …": the cited law amends, the citing text does not. */
    private static final Pattern AMENDED_BY = Pattern.compile("(?iuU)\\bđược sửa đổi\\b");
    /** "Sửa đổi, bổ sung khoản 5 Điều 8 Nghị định số 68/2026/NĐ-CP như sau:": an article that opens by changing a document. */
    private static final Pattern CHANGES = Pattern.compile("(?iuU)^(?:sửa đổi|bổ sung)\\b");
    /** The enacting sentence of an amending text: "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế …". */
    private static final Pattern ENACTS_CHANGES = Pattern.compile(
            "(?iuU)\\bban hành\\s+(?:Luật|Pháp lệnh|Nghị định|Nghị quyết|Thông tư|Quyết định)\\s+sửa đổi\\b");
    /** "Căn cứ Kết luận số 210-KL/TW …, Chính phủ ban hành Chương trình hành động thực hiện Kết luận số 210-KL/TW": the bases end at the comma. */
    private static final Pattern ISSUES_TO_CARRY_OUT =
            Pattern.compile("(?iuU),\\s*[^,;]*\\bban hành\\b[^,;]*\\b(?:thực hiện|triển khai)\\s*$");

    private static final Pattern CARRYING_OUT = Pattern.compile("(?iuU)\\b(?:thực hiện|triển khai)\\b");
    /** "(sau đây gọi tắt là Chỉ thị số 49-CT/TW)", "(gọi tắt là …)": a short name, not a statement about the document. */
    private static final Pattern ALIAS =
            Pattern.compile("(?iuU)\\(\\s*(?:sau đây\\s+)?(?:gọi|viết)(?: tắt)? là\\s*[“\"]?\\s*$");
    /** A preamble line that only names documents ("Nghị định số 166/2025/NĐ-CP … sửa đổi …;") goes on the list of the line above. */
    private static final Pattern DOCUMENT_LINE = Pattern.compile(
            "(?iuU)^(?:Bộ luật|Luật|Pháp lệnh|Nghị quyết|Nghị định|Quyết định|Thông tư|Chỉ thị|Kết luận|Quy định)\\b");
    /** "Ngày 22/12/2024, Bộ Chính trị đã ban hành Nghị quyết số 57-NQ/TW": the text tells of the document's issue. */
    private static final Pattern ISSUE_TOLD = Pattern.compile("(?iuU)\\bban hành\\s*$");

    private String ownNumber;
    /** What the title says the document carries out, and what it amends. */
    private final Set<String> parents = new HashSet<>();

    private final Set<String> amended = new HashSet<>();

    CitationRelations(String ownNumber) {
        this.ownNumber = ownNumber;
    }

    /** The number of the document's own header, when the manifest gave none. */
    void ownNumberFromHeader(String number) {
        if (ownNumber == null) ownNumber = number;
    }

    /**
     * The relation of a mention of {@code number} at {@code at} in the clause.
     *
     * @param inBases       below a heading that lists the document's bases
     * @param inObjectives  below the programme's "MỤC TIÊU" heading, where it states what it carries out
     * @param inArticle     in an article (Điều) or below one, where a sentence opening with "Sửa đổi" changes the law
     */
    Citation.Relation of(Clause c, boolean inBases, boolean inObjectives, boolean inArticle, int at, String number) {
        if (number.equals(ownNumber) || blankOwnNumber(number)) return Citation.Relation.SELF;
        String before = c.kind() == ClauseKind.PREAMBLE ? paragraphBefore(c.text(), at) : sentenceBefore(c.text(), at);
        if (before.matches("(?su).*\\bban hành theo\\s*$")) return Citation.Relation.ISSUED_UNDER;
        if (ALIAS.matcher(before).find() || ISSUE_TOLD.matcher(before).find()) return Citation.Relation.CITES;
        String lower = before.toLowerCase(Locale.ROOT);
        boolean title = c.kind() == ClauseKind.PREFACE;
        boolean amending =
                AMENDING.matcher(before).find() && !AMENDED_BY.matcher(before).find() && !lower.startsWith("căn cứ");
        boolean changes = inArticle && CHANGES.matcher(before).find()
                || c.kind() == ClauseKind.PREAMBLE
                        && ENACTS_CHANGES.matcher(before).find();
        if (!number.isEmpty()
                && amending
                && (title ? !CARRYING_OUT.matcher(before).find() : changes || amended.contains(number))) {
            if (title || changes) amended.add(number);
            return Citation.Relation.AMENDS;
        }
        if ((lower.startsWith("căn cứ") || lower.startsWith("bám sát"))
                && !ISSUES_TO_CARRY_OUT.matcher(before).find()) return Citation.Relation.BASED_ON;
        if (title && describesParent(before)) return Citation.Relation.CITES;
        boolean front = title || c.kind() == ClauseKind.PREAMBLE || c.kind() == ClauseKind.CONCLUSIONS;
        if (front && CARRYING_OUT.matcher(before).find()) {
            if (title) parents.add(number);
            return Citation.Relation.IMPLEMENTS;
        }
        // Điều 1 issuing the programme, the programme's caption, its objectives: "… thực hiện Chỉ thị số 49-CT/TW".
        boolean restates = c.kind() == ClauseKind.ARTICLE || c.kind() == ClauseKind.ANNEX || inObjectives;
        if (restates && parents.contains(number) && CARRYING_OUT.matcher(before).find())
            return Citation.Relation.IMPLEMENTS;
        if (inBases && before.isEmpty()) return Citation.Relation.BASED_ON;
        return Citation.Relation.CITES;
    }

    /**
     * Whether the words before a mention in the title describe the document it carries out: "Kế hoạch thực hiện Kết
     * luận số 213-KL/TW … về tiếp tục thực hiện Chỉ thị số 42-CT/TW" carries out the Kết luận, which is about the Chỉ thị.
     */
    private boolean describesParent(String before) {
        String compact = before.replaceAll("\\s+", "");
        for (String parent : parents) {
            int at = compact.lastIndexOf(parent);
            if (at >= 0 && compact.indexOf("về", at) >= 0) return true;
        }
        return false;
    }

    /** "Nghị quyết số /NQ-CP" in an annex caption of 03/NQ-CP: the document's own number, its digits left blank. */
    private boolean blankOwnNumber(String number) {
        return number.startsWith("/") && ownNumber != null && ownNumber.endsWith(number);
    }

    /**
     * The sentence before position {@code at} in a preamble, taken back over the lines that only continue a list of
     * documents: "Căn cứ Nghị định số 29/2025/NĐ-CP …;⏎Nghị định số 166/2025/NĐ-CP …" is one "Căn cứ".
     */
    private static String paragraphBefore(String text, int at) {
        String sentence = sentenceBefore(text, at);
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        while (lineStart > 0 && DOCUMENT_LINE.matcher(text.substring(lineStart)).lookingAt()) {
            int previous = text.lastIndexOf('\n', lineStart - 2) + 1;
            sentence = text.substring(previous, lineStart).strip() + " " + sentence;
            lineStart = previous;
        }
        return sentence;
    }

    /** The text of the sentence before position {@code at}: from the last '.' or line break. */
    static String sentenceBefore(String text, int at) {
        int start = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf('\n', at));
        return text.substring(start < 0 ? 0 : start + 1, at).strip();
    }
}
