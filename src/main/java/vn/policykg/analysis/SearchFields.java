package vn.policykg.analysis;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The four analysed views of one text in the index. The exact field is also the stored text; the
 * folded one makes a query without diacritics match, the bigram fields reward syllables side by side.
 */
public final class SearchFields {

    public static final String TEXT = "text";
    public static final String TEXT_FOLDED = "text_folded";
    public static final String TEXT_BIGRAMS = "text_bigrams";
    public static final String TEXT_FOLDED_BIGRAMS = "text_folded_bigrams";

    private SearchFields() {}

    /** How each text field is analysed when written; any other field is a keyword. */
    public static Analyzer indexAnalyzer() {
        return new PerFieldAnalyzerWrapper(
                new KeywordAnalyzer(),
                Map.of(
                        TEXT, VietnameseAnalyzer.syllables(VietnameseAnalyzer.Form.EXACT),
                        TEXT_FOLDED, VietnameseAnalyzer.syllables(VietnameseAnalyzer.Form.FOLDED),
                        TEXT_BIGRAMS, VietnameseAnalyzer.bigrams(VietnameseAnalyzer.Form.EXACT),
                        TEXT_FOLDED_BIGRAMS, VietnameseAnalyzer.bigrams(VietnameseAnalyzer.Form.FOLDED)));
    }
}
