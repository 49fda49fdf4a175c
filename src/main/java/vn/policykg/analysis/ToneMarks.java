package vn.policykg.analysis;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * One spelling for words written with the old or the new tone placement ("hoá"/"hóa", "uỷ"/"ủy"),
 * for the names of bodies and for the search index. One job; NFC in, NFC out.
 */
public final class ToneMarks {

    private static final Map<String, String> OLD_TO_MODERN = Map.ofEntries(
            Map.entry("oá", "óa"),
            Map.entry("oà", "òa"),
            Map.entry("oả", "ỏa"),
            Map.entry("oã", "õa"),
            Map.entry("oạ", "ọa"),
            Map.entry("oé", "óe"),
            Map.entry("oè", "òe"),
            Map.entry("oẻ", "ỏe"),
            Map.entry("oẽ", "õe"),
            Map.entry("oẹ", "ọe"),
            Map.entry("uý", "úy"),
            Map.entry("uỳ", "ùy"),
            Map.entry("uỷ", "ủy"),
            Map.entry("uỹ", "ũy"),
            Map.entry("uỵ", "ụy"));

    /** The letters of the old pairs, first and second, in either case: a quick look before the exact one. */
    private static final String PAIR_FIRSTS = lettersAt(0);

    private static final String PAIR_SECONDS = lettersAt(1);

    private ToneMarks() {}

    /** Moves the tone mark of "oa", "oe", "uy" at the end of a syllable to the first vowel. */
    public static String modern(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (!mayHaveOldPair(s)) return s;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i + 1 < s.length()) {
                String pair = s.substring(i, i + 2);
                String lower = pair.toLowerCase(Locale.ROOT);
                String modern = OLD_TO_MODERN.get(lower);
                boolean syllableEnd = i + 2 == s.length() || !Character.isLetter(s.charAt(i + 2));
                // "qu" + vowel is a consonant cluster: "quý" keeps its mark.
                boolean afterQ = i > 0 && Character.toLowerCase(s.charAt(i - 1)) == 'q';
                if (modern != null && syllableEnd && !afterQ) {
                    out.append(
                            Character.isUpperCase(pair.charAt(0))
                                    ? Character.toUpperCase(modern.charAt(0))
                                    : modern.charAt(0));
                    out.append(modern.charAt(1));
                    i++;
                    continue;
                }
            }
            out.append(s.charAt(i));
        }
        return out.toString();
    }

    /**
     * True if {@link #modern} would give {@code s} back unchanged, told without building a string: a search index
     * asks this of every syllable it analyses, and most are NFC with no old pair. False means only "ask
     * {@link #modern}" ("quý" is modern, but its "uý" needs the closer look).
     */
    public static boolean plainlyModern(CharSequence s) {
        return !mayHaveOldPair(s) && Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }

    private static String lettersAt(int position) {
        StringBuilder letters = new StringBuilder();
        for (String pair : OLD_TO_MODERN.keySet())
            letters.append(pair.charAt(position)).append(Character.toUpperCase(pair.charAt(position)));
        return letters.toString();
    }

    /** False only if {@code s} holds none of the old pairs; true may be wrong, so {@link #modern} looks closer. */
    private static boolean mayHaveOldPair(CharSequence s) {
        for (int i = 1; i < s.length(); i++)
            if (PAIR_SECONDS.indexOf(s.charAt(i)) >= 0 && PAIR_FIRSTS.indexOf(s.charAt(i - 1)) >= 0) return true;
        return false;
    }
}
