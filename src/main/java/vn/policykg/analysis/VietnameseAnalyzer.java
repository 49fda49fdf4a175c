package vn.policykg.analysis;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Vietnamese text as syllables: NFC (as a char filter, so offsets still point into the original text),
 * Unicode word breaks (a Vietnamese syllable is a word to UAX#29), lower case, one tone placement, one
 * i/y spelling; then either the syllable with its diacritics ({@link Form#EXACT}) or without them, đ as d
 * ({@link Form#FOLDED}). Optionally only syllable bigrams (for words and phrases), or, for queries only,
 * the abbreviations of {@link Abbreviations} expanded both ways. Bigrams never see synonyms: stacked
 * tokens would make bigrams of alternatives that never stood side by side.
 */
public final class VietnameseAnalyzer extends Analyzer {

    public enum Form {
        EXACT,
        FOLDED
    }

    private final Form form;
    private final boolean bigrams;
    private final SynonymMap synonyms;

    private VietnameseAnalyzer(Form form, boolean bigrams, SynonymMap synonyms) {
        this.form = form;
        this.bigrams = bigrams;
        this.synonyms = synonyms;
    }

    /** Syllables as written (modulo case, tone placement and i/y). */
    public static VietnameseAnalyzer syllables(Form form) {
        return new VietnameseAnalyzer(form, false, null);
    }

    /** Pairs of neighbouring syllables, "giảm nghèo" as one term. */
    public static VietnameseAnalyzer bigrams(Form form) {
        return new VietnameseAnalyzer(form, true, null);
    }

    /** Syllables of a query, with abbreviations and their expansions as alternatives. */
    public static VietnameseAnalyzer querySyllables(Form form) {
        return new VietnameseAnalyzer(form, false, Abbreviations.synonymMap(form));
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return nfc(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return nfc(reader);
    }

    private static Reader nfc(Reader reader) {
        return new ICUNormalizer2CharFilter(reader, Normalizer2.getNFCInstance());
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream ts = spelling(new LowerCaseFilter(source));
        if (synonyms != null) ts = new SynonymGraphFilter(ts, synonyms, true);
        if (bigrams) {
            ShingleFilter shingles = new ShingleFilter(ts, 2, 2);
            shingles.setOutputUnigrams(false);
            ts = shingles;
        }
        return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return spelling(new LowerCaseFilter(in));
    }

    private TokenStream spelling(TokenStream in) {
        TokenStream ts = new TonePlacementFilter(in);
        return form == Form.EXACT ? IySpellingFilter.exact(ts) : IySpellingFilter.folded(new ICUFoldingFilter(ts));
    }
}
