package vn.policykg.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * {@link TonePlacementFilter} by name, {@value #NAME}, for analysis chains written as configuration (Lucene's
 * {@code CustomAnalyzer}, a Solr schema). Takes no parameters.
 */
public final class TonePlacementFilterFactory extends TokenFilterFactory {

    public static final String NAME = "vietnameseTonePlacement";

    public TonePlacementFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) throw new IllegalArgumentException(NAME + " takes no parameters, was given " + args);
    }

    /** For the service loader only. */
    public TonePlacementFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new TonePlacementFilter(input);
    }

    /** Applies to wildcard and prefix terms as well: the placement is a spelling, not a word boundary. */
    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
