package vn.policykg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import vn.policykg.analysis.SearchFields;
import vn.policykg.analysis.VietnameseAnalyzer;
import vn.policykg.store.TextIndexDefinition;

/**
 * A short piece of a hit's text around its matches, each run of matched syllables one part ({@link Snippet}). Matching is on folded syllables, so "giam ngheo"
 * marks "giảm nghèo" and "BHYT" marks "bảo hiểm y tế".
 */
final class Snippets {

    /** Longest text shown whole; a longer one is cut to a window of this size around the most matches. */
    static final int WINDOW = 280;

    private static final String ELLIPSIS = "…";

    /**
     * The folded syllables a query looks for: those it looks for on their own, and those it looks for only
     * inside a phrase or an expansion ("bao", "hiem" of "bảo hiểm y tế" for BHYT).
     */
    record QueryTerms(Set<String> alone, Set<String> inPhrases) {}

    private Snippets() {}

    static QueryTerms foldedTerms(Query query) {
        Set<String> alone = new HashSet<>();
        Set<String> inPhrases = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms)
                    if (t.field().equals(SearchFields.TEXT_FOLDED))
                        (terms.length == 1 ? alone : inPhrases).add(t.text());
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return new QueryTerms(alone, inPhrases);
    }

    /** The snippet of a hit whose text is {@code text} and whose query syllables are {@code found} ({@link #postingsTokens}). */
    static Snippet snippet(String text, List<int[]> found) {
        return cut(text, runs(text, found));
    }

    /**
     * The same snippet from the text alone, its folded syllables found by analysing it as the folded field is
     * indexed: for hits that come from elsewhere than a local index (a Solr collection).
     */
    static Snippet snippet(String text, QueryTerms terms) {
        return cut(text, runs(text, analysedTokens(text, terms)));
    }

    private static Snippet cut(String text, List<int[]> marks) {
        int from = 0;
        int to = text.length();
        if (text.length() > WINDOW) {
            from = wordStart(text, bestWindowStart(text, marks));
            to = wordEnd(text, Math.min(text.length(), from + WINDOW));
        }
        List<Snippet.Part> parts = new ArrayList<>();
        if (from > 0) parts.add(new Snippet.Part(ELLIPSIS, false));
        int at = from;
        for (int[] m : marks) {
            if (m[1] <= from || m[0] >= to) continue;
            int s = Math.max(m[0], from);
            int e = Math.min(m[1], to);
            if (s > at) parts.add(new Snippet.Part(text.substring(at, s), false));
            parts.add(new Snippet.Part(text.substring(s, e), true));
            at = e;
        }
        if (to > at) parts.add(new Snippet.Part(text.substring(at, to), false));
        if (to < text.length()) parts.add(new Snippet.Part(ELLIPSIS, false));
        return new Snippet(parts);
    }

    /**
     * Where the query's folded syllables occur in each of {@code docs} (index-wide ids), by doc: {start, end, 1 if
     * wanted alone else 0}. The offsets come from the folded field's postings ({@link
     * TextIndexDefinition#FOLDED_TYPE}), so the cost is per query term, not per character of a hit; each term's
     * postings are opened once per segment and walked through its hits in doc order, not opened again for each hit.
     */
    static Map<Integer, List<int[]>> postingsTokens(List<LeafReaderContext> leaves, int[] docs, QueryTerms terms)
            throws IOException {
        int[] sorted = docs.clone();
        Arrays.sort(sorted);
        Map<Integer, List<int[]>> out = new HashMap<>();
        for (int doc : sorted) out.put(doc, new ArrayList<>());
        Set<String> wanted = new HashSet<>(terms.alone());
        wanted.addAll(terms.inPhrases());
        for (int from = 0, to; from < sorted.length; from = to) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sorted[from], leaves));
            int end = leaf.docBase + leaf.reader().maxDoc();
            to = from;
            while (to < sorted.length && sorted[to] < end) to++;
            if (to == from) throw new IllegalArgumentException("No document " + sorted[from] + " in the index");
            Terms folded = leaf.reader().terms(SearchFields.TEXT_FOLDED);
            if (folded == null) continue;
            TermsEnum dictionary = folded.iterator();
            PostingsEnum postings = null;
            for (String t : wanted) {
                if (!dictionary.seekExact(new BytesRef(t))) continue;
                postings = dictionary.postings(postings, PostingsEnum.OFFSETS);
                int alone = terms.alone().contains(t) ? 1 : 0;
                for (int i = from; i < to; i++) {
                    int doc = sorted[i] - leaf.docBase;
                    int at = postings.docID() < doc ? postings.advance(doc) : postings.docID();
                    if (at == DocIdSetIterator.NO_MORE_DOCS) break;
                    if (at != doc) continue;
                    List<int[]> found = out.get(sorted[i]);
                    for (int f = 0; f < postings.freq(); f++) {
                        postings.nextPosition();
                        found.add(new int[] {postings.startOffset(), postings.endOffset(), alone});
                    }
                }
            }
        }
        return out;
    }

    /** The same as {@link #postingsTokens}, found by analysing {@code text} with the folded field's analyzer. */
    private static List<int[]> analysedTokens(String text, QueryTerms terms) {
        List<int[]> tokens = new ArrayList<>();
        try (Analyzer folded = VietnameseAnalyzer.syllables(VietnameseAnalyzer.Form.FOLDED);
                TokenStream ts = folded.tokenStream(SearchFields.TEXT_FOLDED, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (terms.alone().contains(t) || terms.inPhrases().contains(t))
                    tokens.add(new int[] {
                        offset.startOffset(), offset.endOffset(), terms.alone().contains(t) ? 1 : 0
                    });
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot analyse a hit's text", e);
        }
        return tokens;
    }

    /**
     * Start and end offsets of runs of matched syllables, joined over whitespace only; a lone syllable that
     * the query wants only inside a phrase ("bảo" alone, for BHYT) is not a match.
     */
    private static List<int[]> runs(String text, List<int[]> found) {
        List<int[]> tokens = new ArrayList<>(found);
        tokens.sort(Comparator.comparingInt(t -> t[0]));
        List<int[]> marks = new ArrayList<>();
        List<Boolean> lone = new ArrayList<>();
        for (int[] t : tokens) {
            int[] last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
            if (last != null
                    && (t[0] <= last[1] || text.substring(last[1], t[0]).isBlank())) {
                last[1] = Math.max(last[1], t[1]);
                lone.set(lone.size() - 1, false);
            } else {
                marks.add(new int[] {t[0], t[1]});
                lone.add(t[2] == 0);
            }
        }
        List<int[]> kept = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) if (!lone.get(i)) kept.add(marks.get(i));
        return kept;
    }

    /** Where a window covering the most marked characters begins, a little before its first mark. */
    private static int bestWindowStart(String text, List<int[]> marks) {
        int best = 0;
        int bestCovered = -1;
        for (int[] first : marks) {
            int start = Math.max(0, Math.min(first[0] - WINDOW / 5, text.length() - WINDOW));
            int covered = 0;
            for (int[] m : marks) if (m[0] >= start && m[1] <= start + WINDOW) covered += m[1] - m[0];
            if (covered > bestCovered) {
                bestCovered = covered;
                best = start;
            }
        }
        return best;
    }

    private static int wordStart(String text, int i) {
        int j = i;
        while (j > 0 && j > i - 20 && !Character.isWhitespace(text.charAt(j - 1))) j--;
        return j;
    }

    private static int wordEnd(String text, int i) {
        int j = i;
        while (j < text.length() && j < i + 20 && !Character.isWhitespace(text.charAt(j))) j++;
        return j;
    }
}
