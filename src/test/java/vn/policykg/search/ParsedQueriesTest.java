package vn.policykg.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import vn.policykg.analysis.VietnameseQueryParser;

/** A text is parsed once and its query shared; what it parses to is what the parser gives. */
class ParsedQueriesTest {

    private final VietnameseQueryParser parser = new VietnameseQueryParser();
    private final ParsedQueries parsed = new ParsedQueries(parser);

    @Test
    void aTextIsParsedOnceAndItsQueryShared() {
        VietnameseQueryParser.Ranked first = parsed.parseRanked("giảm nghèo").orElseThrow();
        assertThat(parsed.parseRanked("giảm nghèo").orElseThrow()).isSameAs(first);
        Query fresh = parser.parseRanked("giảm nghèo").orElseThrow().terms();
        assertThat(first.terms()).isEqualTo(fresh).isNotSameAs(fresh);
        assertThat(parsed.parseRanked("giam ngheo").orElseThrow().terms()).isNotEqualTo(first.terms());
        // Nothing to search for is remembered as such.
        assertThat(parsed.parseRanked("!!!")).isEmpty();
        assertThat(parsed.parseRanked("!!!")).isEmpty();
    }
}
