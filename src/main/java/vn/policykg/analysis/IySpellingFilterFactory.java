package vn.policykg.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * {@link IySpellingFilter} by name, {@value #NAME}, with {@code form="exact"} (syllables with their marks) or
 * {@code form="folded"} (after diacritics are folded away), for chains written as configuration.
 */
public final class IySpellingFilterFactory extends TokenFilterFactory {

    public static final String NAME = "vietnameseIySpelling";

    private final VietnameseAnalyzer.Form form;

    public IySpellingFilterFactory(Map<String, String> args) {
        super(args);
        form = Forms.take(args, NAME);
    }

    /** For the service loader only. */
    public IySpellingFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return form == VietnameseAnalyzer.Form.EXACT ? IySpellingFilter.exact(input) : IySpellingFilter.folded(input);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
