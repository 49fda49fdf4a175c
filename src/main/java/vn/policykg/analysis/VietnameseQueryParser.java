package vn.policykg.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * What a person types → a Lucene query. The text is taken literally: no Lucene syntax, only "double
 * quotes" around a phrase that must occur as written (diacritics aside). Every syllable is looked for
 * with its diacritics and without them, the exact match weighted higher; most of the syllables must
 * occur; syllables side by side in the query score more when side by side in the text.
 */
public final class VietnameseQueryParser {

    /** Longer input is cut here (callers say so): no sensible query is longer. */
    public static final int MAX_CHARS = 500;

    private static final float EXACT_WEIGHT = 2f;
    private static final float FOLDED_WEIGHT = 1f;
    private static final float EXACT_BIGRAM_WEIGHT = 2f;
    private static final float FOLDED_BIGRAM_WEIGHT = 1f;
    /** BooleanQuery's own limit is 1024 clauses; a query is cut long before that. */
    private static final int MAX_SYLLABLES = 64;

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}|\\p{Cf}|\\p{Cs}");

    private final QueryBuilder exact = withSynonyms(VietnameseAnalyzer.Form.EXACT);
    private final QueryBuilder folded = withSynonyms(VietnameseAnalyzer.Form.FOLDED);
    private final QueryBuilder exactBigrams =
            new QueryBuilder(VietnameseAnalyzer.bigrams(VietnameseAnalyzer.Form.EXACT));
    private final QueryBuilder foldedBigrams =
            new QueryBuilder(VietnameseAnalyzer.bigrams(VietnameseAnalyzer.Form.FOLDED));

    /** An expansion such as "bảo hiểm y tế" must match as a phrase, not as four scattered syllables. */
    private static QueryBuilder withSynonyms(VietnameseAnalyzer.Form form) {
        QueryBuilder b = new QueryBuilder(VietnameseAnalyzer.querySyllables(form));
        b.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        return b;
    }

    /**
     * A query in two parts whose scores add up: {@code terms} decides the hits and scores their syllables and
     * bigrams; {@code proximity} (null when there is none) adds to hits that have the typed words side by side as
     * written. Proximity reads positions at every hit it is asked about, term scores let Lucene skip hits that
     * cannot reach the best; so rank by {@code terms}, then add {@code proximity} to the best ones.
     */
    public record Ranked(Query terms, Query proximity) {

        /** Both parts as one query: what {@link #parse} gives. */
        public Query whole() {
            if (proximity == null) return terms;
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            ((BooleanQuery) terms).clauses().forEach(b::add);
            b.add(proximity, Occur.SHOULD);
            return b.build();
        }
    }

    /** The query, or empty when the text has nothing to search for (only punctuation, say). */
    public Optional<Query> parse(String text) {
        return parseRanked(text).map(Ranked::whole);
    }

    /** The query in its two parts ({@link Ranked}), or empty when the text has nothing to search for. */
    public Optional<Ranked> parseRanked(String text) {
        Parts parts = Parts.of(clean(text));
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        BooleanQuery.Builder near = new BooleanQuery.Builder();
        boolean any = false;
        for (String phrase : parts.phrases()) {
            Query required = folded.createPhraseQuery(SearchFields.TEXT_FOLDED, phrase);
            if (required == null) continue;
            any = true;
            q.add(required, Occur.MUST);
            addBoosted(near, exact.createPhraseQuery(SearchFields.TEXT, phrase), EXACT_WEIGHT);
        }
        String words = parts.words();
        Query match = mostOf(folded.createBooleanQuery(SearchFields.TEXT_FOLDED, words));
        if (match != null) {
            any = true;
            // A syllable found with its diacritics is found folded too: the folded form decides which clauses
            // match, the exact form only adds to the score (so ranking can skip on the one required clause).
            q.add(new BoostQuery(match, FOLDED_WEIGHT), Occur.MUST);
            addBoosted(q, mostOf(exact.createBooleanQuery(SearchFields.TEXT, words)), EXACT_WEIGHT);
            // Phrases count as neighbours too; their bigrams rank the clauses that have them together.
            String all = String.join(" ", parts.phrases()) + " " + words;
            addBoosted(q, exactBigrams.createBooleanQuery(SearchFields.TEXT_BIGRAMS, all), EXACT_BIGRAM_WEIGHT);
            addBoosted(
                    q, foldedBigrams.createBooleanQuery(SearchFields.TEXT_FOLDED_BIGRAMS, all), FOLDED_BIGRAM_WEIGHT);
            // The words as one phrase: a clause that has them exactly as typed comes first.
            addBoosted(near, exact.createPhraseQuery(SearchFields.TEXT, words), EXACT_WEIGHT);
            addBoosted(near, folded.createPhraseQuery(SearchFields.TEXT_FOLDED, words), FOLDED_WEIGHT);
        } else if (any) {
            String all = String.join(" ", parts.phrases());
            addBoosted(q, exactBigrams.createBooleanQuery(SearchFields.TEXT_BIGRAMS, all), EXACT_BIGRAM_WEIGHT);
        }
        if (!any) return Optional.empty();
        BooleanQuery proximity = near.build();
        return Optional.of(new Ranked(q.build(), proximity.clauses().isEmpty() ? null : proximity));
    }

    /** Control characters become spaces; the text is cut at {@link #MAX_CHARS}. */
    static String clean(String text) {
        String t = text == null ? "" : text;
        if (t.length() > MAX_CHARS) t = t.substring(0, MAX_CHARS);
        return CONTROL.matcher(t).replaceAll(" ");
    }

    /**
     * All syllables of a short query, all but about a quarter of a long one: people add words
     * ("trên", "của") that a clause may put otherwise, and a stray word should not hide the clause.
     */
    private static Query mostOf(Query q) {
        if (!(q instanceof BooleanQuery bq) || bq.clauses().stream().anyMatch(c -> c.getOccur() != Occur.SHOULD))
            return q;
        List<BooleanClause> clauses = new ArrayList<>(bq.clauses());
        if (clauses.size() > MAX_SYLLABLES) clauses = clauses.subList(0, MAX_SYLLABLES);
        int n = clauses.size();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        clauses.forEach(b::add);
        b.setMinimumNumberShouldMatch(n <= 2 ? n : n - Math.max(1, n / 4));
        return b.build();
    }

    private static void addBoosted(BooleanQuery.Builder b, Query q, float weight) {
        if (q != null) b.add(new BoostQuery(q, weight), Occur.SHOULD);
    }

    /** The quoted phrases and the remaining words; an unbalanced quote is taken as a space. */
    record Parts(List<String> phrases, String words) {
        static Parts of(String text) {
            String t = text.replace('“', '"').replace('”', '"');
            List<String> phrases = new ArrayList<>();
            StringBuilder words = new StringBuilder();
            int at = 0;
            while (at < t.length()) {
                int open = t.indexOf('"', at);
                int close = open < 0 ? -1 : t.indexOf('"', open + 1);
                if (close < 0) {
                    words.append(' ').append(t.substring(at).replace('"', ' '));
                    break;
                }
                words.append(' ').append(t, at, open);
                phrases.add(t.substring(open + 1, close));
                at = close + 1;
            }
            return new Parts(List.copyOf(phrases), words.toString().strip());
        }
    }
}
