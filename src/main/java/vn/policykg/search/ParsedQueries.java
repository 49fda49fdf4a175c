package vn.policykg.search;

import java.util.Optional;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import vn.policykg.analysis.VietnameseQueryParser;

/**
 * What people type, parsed once: running a text through the parser's four analysers was a tenth of a search's
 * CPU, and searches repeat (a person pages through, many type the same words). A query depends on its text alone
 * and Lucene's queries are immutable, so threads share them. The cache lives here, on the service's side, because
 * {@code vn.policykg.analysis} also runs inside Solr nodes, which have Lucene but not Jena.
 */
final class ParsedQueries {

    /** Texts whose query is kept; any beyond are parsed again. */
    private static final int KEPT = 1024;

    private final VietnameseQueryParser parser;
    private final Cache<String, Optional<VietnameseQueryParser.Ranked>> parsed = CacheFactory.createCache(KEPT);

    ParsedQueries(VietnameseQueryParser parser) {
        this.parser = parser;
    }

    /** {@link VietnameseQueryParser#parseRanked} of {@code text}, from the cache when it was asked before. */
    Optional<VietnameseQueryParser.Ranked> parseRanked(String text) {
        return parsed.get(text, parser::parseRanked);
    }
}
