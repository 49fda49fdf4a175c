package vn.policykg.analysis;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * "sĩ"/"sỹ", "kĩ"/"kỹ", "tỉ"/"tỷ", "qui"/"quy": the two spellings of the same syllable index as one term.
 * The list is curated, not a rule on every i/y: "thi", "mi", "li", "ti" without a tone are other words
 * (or, in these texts, absent), so only syllables where the choice is known to be spelling are mapped.
 * {@link #exact} works on lower-case syllables with their marks, {@link #folded} after diacritics are gone,
 * where a toned "tỷ" and "tỉ" have already become "ty" and "ti".
 */
public final class IySpellingFilter extends TokenFilter {

    /** Initials after which a toned i and y are spellings of one syllable. */
    private static final String[] INITIALS = {"k", "l", "m", "s", "t", "qu"};
    /** i and y with each of the five tone marks, in the same order. */
    private static final String TONED_I = "íìỉĩị";

    private static final String TONED_Y = "ýỳỷỹỵ";

    private static final Map<String, String> EXACT = exactSpellings();
    private static final Map<String, String> FOLDED = foldedSpellings();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Map<String, String> spellings;
    /** No term longer than this has another spelling: most syllables pass without a string made of them. */
    private final int longest;

    private IySpellingFilter(TokenStream input, Map<String, String> spellings) {
        super(input);
        this.spellings = spellings;
        this.longest =
                spellings.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** For syllables that keep their diacritics: "sĩ" → "sỹ", "qui" → "quy". */
    public static IySpellingFilter exact(TokenStream input) {
        return new IySpellingFilter(input, EXACT);
    }

    /** For syllables already folded to plain letters: "sy" → "si", "quy" → "qui". */
    public static IySpellingFilter folded(TokenStream input) {
        return new IySpellingFilter(input, FOLDED);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        if (term.length() > longest) return true;
        String other = spellings.get(term.toString());
        if (other != null) term.setEmpty().append(other);
        return true;
    }

    private static Map<String, String> exactSpellings() {
        Map<String, String> m = new HashMap<>();
        for (String initial : INITIALS)
            for (int tone = 0; tone < TONED_I.length(); tone++)
                m.put(initial + TONED_I.charAt(tone), initial + TONED_Y.charAt(tone));
        // "qui định" is an old spelling of "quy định"; toneless "ki", "si", "ti" are not such pairs.
        m.put("qui", "quy");
        return Map.copyOf(m);
    }

    private static Map<String, String> foldedSpellings() {
        Map<String, String> m = new HashMap<>();
        // Folding has already merged every tone, so toneless "ty" (công ty) meets "ti" here; a
        // folded query has given up that distinction anyway, and the exact field keeps it.
        for (String initial : INITIALS) m.put(initial + "y", initial + "i");
        return Map.copyOf(m);
    }
}
