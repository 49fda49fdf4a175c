package vn.policykg.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * One tone placement for "oa", "oe", "uy" ending a syllable: "hoà" and "hòa", "uỷ" and "ủy" index as
 * the same term. NFC does not unify them, so the index needs this before any comparison.
 */
public final class TonePlacementFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public TonePlacementFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        if (ToneMarks.plainlyModern(term)) return true;
        String syllable = term.toString();
        String modern = ToneMarks.modern(syllable);
        if (!modern.equals(syllable)) term.setEmpty().append(modern);
        return true;
    }
}
