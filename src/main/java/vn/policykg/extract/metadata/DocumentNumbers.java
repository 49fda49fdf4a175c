package vn.policykg.extract.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document numbers as written: State style "145/2020/NĐ-CP", "844/QĐ-TTg", "66.16/2026/NQ-CP",
 * "01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH" (may break over a line after a '-'), and Party
 * style "57-NQ/TW", "91- KL/TW". A number's value has its stray spaces and line break taken out.
 */
final class DocumentNumbers {

    private static final String STATE =
            "\\d[\\d.]*[ ]*(?:/[ ]*\\d{4}[ ]*)?/[ ]*\\p{Lu}[\\p{L}\\d]*(?:[ ]*-[ \\n]*[\\p{Lu}\\d][\\p{L}\\d]*)*";
    private static final String PARTY = "\\d+[ ]*-[ ]*\\p{Lu}\\p{L}*/\\p{Lu}[\\p{L}\\d]*";
    static final String NUMBER = "(?:" + PARTY + "|" + STATE + ")";
    private static final Pattern CITED = Pattern.compile("(?<![\\p{L}\\d/.-])" + NUMBER);

    private DocumentNumbers() {}

    static String normalise(String written) {
        return written.replaceAll("\\s+", "");
    }

    /** Every number cited in view[from, to), each once (first place kept), in order. */
    static List<Found<String>> cited(ReadingText text, int from, int to) {
        Map<String, Found<String>> found = new LinkedHashMap<>();
        Matcher m = CITED.matcher(text.view()).region(from, to);
        while (m.find()) found.putIfAbsent(normalise(m.group()), text.found(normalise(m.group()), m.start(), m.end()));
        return new ArrayList<>(found.values());
    }

    /** The first number cited in view[from, to). */
    static List<Found<String>> first(ReadingText text, int from, int to) {
        List<Found<String>> all = cited(text, from, to);
        return all.isEmpty() ? all : List.of(all.getFirst());
    }
}
