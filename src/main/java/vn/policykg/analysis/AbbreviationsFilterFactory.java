package vn.policykg.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The {@link Abbreviations} both ways by name, {@value #NAME}, with {@code form="exact"} or {@code
 * form="folded"} (the rules that still hold without diacritics): a synonym graph, so for query chains only,
 * as in {@link VietnameseAnalyzer#querySyllables}.
 */
public final class AbbreviationsFilterFactory extends TokenFilterFactory {

    public static final String NAME = "vietnameseAbbreviations";

    private final SynonymMap synonyms;

    public AbbreviationsFilterFactory(Map<String, String> args) {
        super(args);
        synonyms = Abbreviations.synonymMap(Forms.take(args, NAME));
    }

    /** For the service loader only. */
    public AbbreviationsFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new SynonymGraphFilter(input, synonyms, true);
    }
}
