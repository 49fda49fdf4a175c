package vn.policykg.web.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import vn.policykg.web.linkeddata.PageValues.Segment;

/**
 * Finds a fact's source words in its clause's text so the page can mark them. The annotation's
 * selectors count code points of the source file, and the clause's clean text differs from the file
 * (markup removed, table tabs shown as " | ", page breaks joined), so offsets do not carry over. The
 * words are found instead by their letters and digits alone, the occurrence nearest the offset the
 * clause's own span predicts winning.
 */
final class Highlighter {

    private Highlighter() {}

    /** A located fact: [start, end) are char indexes into the clause text. */
    record Mark(String id, String title, int start, int end) {}

    /**
     * @param estimate  where the words should start, in code points of {@code text} (the quote's source
     *                  offset minus the clause's source start)
     * @return [start, end) char indexes into {@code text}, or null when the words are not in it
     */
    static int[] locate(String text, String quote, int estimate) {
        Skeleton t = new Skeleton(text);
        String q = new Skeleton(quote.replaceAll("<[^>]*>", "")).letters.toString();
        if (q.isEmpty()) return null;
        int want = text.offsetByCodePoints(0, Math.max(0, Math.min(estimate, text.codePointCount(0, text.length()))));
        int best = -1;
        for (int i = t.letters.indexOf(q); i >= 0; i = t.letters.indexOf(q, i + 1))
            if (best < 0 || Math.abs(t.at.get(i) - want) < Math.abs(t.at.get(best) - want)) best = i;
        if (best < 0) return null;
        int last = t.at.get(best + q.length() - 1);
        int end = last + Character.charCount(text.codePointAt(last));
        // Signs after the last letter or digit ("2%", "15‰") belong to the words when the text has them too.
        String tail = quote.strip().substring(lastLetterOrDigit(quote.strip()));
        if (!tail.isEmpty() && text.startsWith(tail, end)) end += tail.length();
        return new int[] {t.at.get(best), end};
    }

    private static int lastLetterOrDigit(String s) {
        for (int i = s.length(); i > 0; ) {
            int cp = s.codePointBefore(i);
            if (Character.isLetterOrDigit(cp)) return i;
            i -= Character.charCount(cp);
        }
        return s.length();
    }

    /** The text cut at every mark's edges; each run knows which marks cover it. */
    static List<Segment> segments(String text, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Mark m : marks) {
            cuts.add(m.start());
            cuts.add(m.end());
        }
        List<Segment> out = new ArrayList<>();
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                int a = from;
                List<Mark> covering = marks.stream()
                        .filter(m -> m.start() <= a && m.end() >= to)
                        .toList();
                out.add(new Segment(
                        text.substring(from, to),
                        covering.stream().map(Mark::id).toList(),
                        String.join(" · ", covering.stream().map(Mark::title).toList())));
            }
            from = to;
        }
        return out;
    }

    /** The letters and digits of a text, each with the char index it came from. */
    private static final class Skeleton {
        final StringBuilder letters = new StringBuilder();
        final List<Integer> at = new ArrayList<>();

        Skeleton(String text) {
            for (int i = 0; i < text.length(); ) {
                int original = text.codePointAt(i);
                int cp = original;
                // "m²" in the text is "m<sup>2</sup>" in the file: a superscript digit counts as the digit.
                int digit = Character.getNumericValue(cp);
                if (Character.getType(cp) == Character.OTHER_NUMBER && digit >= 0 && digit <= 9) cp = '0' + digit;
                if (Character.isLetterOrDigit(cp)) {
                    // One entry per char, so indexes into letters and at agree for surrogate pairs too.
                    for (char c : Character.toChars(cp)) {
                        letters.append(c);
                        at.add(i);
                    }
                }
                i += Character.charCount(original);
            }
        }
    }
}
