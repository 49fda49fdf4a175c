package vn.policykg.extract.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documents this one amends, replaces or repeals, by number, from the clauses that say so:
 * "sửa đổi, bổ sung (một số điều của) … số X" (in the title, the enacting sentence and article
 * headings, not in legal bases, which describe other documents' amendments), "<Kind> này thay thế
 * … số X", "Bãi bỏ … số X" and "… số X … hết hiệu lực". A clause runs to the end of its sentence or
 * to "(đã) được", after which the text describes the cited document, not this one.
 */
final class AmendmentClauses {

    enum Relation {
        AMENDS,
        REPLACES,
        REPEALS
    }

    private static final String CLAUSE_END = "(?:[;:]|\\.(?=\\s)|\\n(?=Điều\\s)|(?<described>(?:đã\\s+)?được\\s)|$)";
    private static final Pattern SENTENCE_END = Pattern.compile("[;:]|\\.(?=\\s)");
    private static final Map<Relation, Pattern> FORWARD = Map.of(
            Relation.AMENDS, Pattern.compile("(?i)sửa\\s+đổi,?\\s+bổ\\s+sung(.*?)" + CLAUSE_END, Pattern.DOTALL),
            Relation.REPLACES, Pattern.compile("này\\s+thay\\s+thế(.*?)" + CLAUSE_END, Pattern.DOTALL),
            Relation.REPEALS, Pattern.compile("(?i)bãi\\s+bỏ(.*?)" + CLAUSE_END, Pattern.DOTALL));
    /** "hết hiệu lực" closes a sentence whose subject, before it, names the documents. */
    private static final Pattern EXPIRES = Pattern.compile("\\shết\\s+hiệu\\s+lực");
    /** Where the subject of "hết hiệu lực" begins: after the last ';' or ':' within this reach. */
    private static final int SUBJECT_REACH = 400;

    private static final Pattern HEADING = Pattern.compile("(?m)^Điều \\d+[a-zđ]?\\..*$");

    private AmendmentClauses() {}

    /** The numbers one relation names in view[from, to). */
    static List<Found<String>> read(ReadingText text, Relation relation, int from, int to) {
        Map<String, Found<String>> found = new LinkedHashMap<>();
        Matcher m = FORWARD.get(relation).matcher(text.view()).region(from, to);
        while (m.find()) {
            for (Found<String> n : DocumentNumbers.cited(text, m.start(1), m.end(1))) found.putIfAbsent(n.value(), n);
            // after "(đã) được" the sentence describes the cited document's own history: skip to its end
            Matcher end = SENTENCE_END.matcher(text.view()).region(m.end(), to);
            if (m.group("described") != null) m.region(end.find() ? end.end() : to, to);
        }
        if (relation == Relation.REPEALS) {
            Matcher e = EXPIRES.matcher(text.view()).region(from, to);
            while (e.find()) {
                int start = Math.max(from, e.start() - SUBJECT_REACH);
                for (int i = e.start() - 1; i > start; i--)
                    if (text.view().charAt(i) == ';' || text.view().charAt(i) == ':') {
                        start = i + 1;
                        break;
                    }
                for (Found<String> n : DocumentNumbers.cited(text, start, e.start())) found.putIfAbsent(n.value(), n);
            }
        }
        return new ArrayList<>(found.values());
    }

    /** The view ranges of article headings ("Điều 1. Sửa đổi, bổ sung … Nghị định số …") in view[from, to). */
    static List<int[]> headings(ReadingText text, int from, int to) {
        List<int[]> ranges = new ArrayList<>();
        Matcher m = HEADING.matcher(text.view()).region(from, to);
        while (m.find()) ranges.add(new int[] {m.start(), m.end()});
        return ranges;
    }
}
