package vn.policykg.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** What an analyzer makes of a text, for assertions in the style of Lucene's BaseTokenStreamTestCase. */
final class Tokens {

    private Tokens() {}

    /** Whitespace-separated syllables through one filter, to test that filter alone. */
    static Analyzer whitespaceThen(Function<TokenStream, TokenStream> filter) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                WhitespaceTokenizer source = new WhitespaceTokenizer();
                return new TokenStreamComponents(source, filter.apply(source));
            }
        };
    }

    /** The terms, in order. */
    static List<String> terms(Analyzer analyzer, String text) {
        return read(analyzer, text, (t, o, p) -> t);
    }

    /** "term@start-end" for each token: offsets into the original, un-normalised text. */
    static List<String> withOffsets(Analyzer analyzer, String text) {
        return read(analyzer, text, (t, o, p) -> t + "@" + o.startOffset() + "-" + o.endOffset());
    }

    /** "term+increment": 0 for a token stacked on the previous one. */
    static List<String> withPositions(Analyzer analyzer, String text) {
        return read(analyzer, text, (t, o, p) -> t + "+" + p.getPositionIncrement());
    }

    /** "term@start-end+increment" for each token of {@code field}: all a search depends on. */
    static List<String> all(Analyzer analyzer, String field, String text) {
        return read(
                analyzer,
                field,
                text,
                (t, o, p) -> t + "@" + o.startOffset() + "-" + o.endOffset() + "+" + p.getPositionIncrement());
    }

    private interface Shape {
        String of(String term, OffsetAttribute offset, PositionIncrementAttribute position);
    }

    private static List<String> read(Analyzer analyzer, String text, Shape shape) {
        return read(analyzer, "f", text, shape);
    }

    private static List<String> read(Analyzer analyzer, String field, String text, Shape shape) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute position = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(shape.of(term.toString(), offset, position));
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
