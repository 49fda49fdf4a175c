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
import org.apache.lucene.search.TermQuery;
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
     * A query in two parts whose scores add up to {@code whole}'s: {@code terms} decides the hits and scores their
     * bigrams; {@code later} (null when there is none) adds what only the best hits need to be told apart by: the
     * typed words side by side as written and, when the query has bigrams, its syllables, with their diacritics and
     * folded. Proximity reads positions at every hit it is asked about, and the syllables' postings are the longest
     * of the query ("xa", "o", "y" are in most passages), while bigram scores let Lucene skip hits that cannot reach
     * the best; so rank by {@code terms}, then add {@code later} to the best ones. The folded syllables still decide
     * the hits, as a filter among the terms. A query without a bigram (one syllable) keeps its syllables' scores in
     * {@code terms}: nothing else there tells "sở" from "số"; so does an expansion such as "BHYT" for "bảo hiểm y
     * tế", since a clause that says "BHYT" has none of the bigrams.
     *
     * <p>{@code termScores} is {@code terms}' scoring clauses as one disjunction, each optional and any syllables
     * lifted out of their "most of" clause: on every hit of {@code terms} it matches the same score (up to rounding:
     * the sum is taken in another order), but it matches documents {@code terms} does not, so it only ranks hits
     * already known to match; and a hit that {@code terms} scores 0 (none of the query's bigrams, its syllables only
     * filtering) it does not match, so a ranking within the hits takes those at 0. Lucene ranks a disjunction of
     * optional clauses with MaxScore, skipping whole windows of documents that cannot reach the best, where a
     * required clause beside optional ones is walked hit by hit.
     */
    public record Ranked(Query terms, Query later, Query whole, Query termScores) {

        /** The parts, and {@code terms}' clauses as one disjunction for {@link #termScores}. */
        static Ranked of(Query terms, Query later, Query whole) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (BooleanClause c : ((BooleanQuery) terms).clauses()) {
                if (c.getOccur() == Occur.MUST
                        && c.getQuery() instanceof BoostQuery weighted
                        && weighted.getQuery() instanceof BooleanQuery most
                        && most.clauses().stream().allMatch(s -> s.getOccur() == Occur.SHOULD))
                    // A boost multiplies each clause's score, so it can go down to them.
                    most.clauses()
                            .forEach(s -> any.add(new BoostQuery(s.getQuery(), weighted.getBoost()), Occur.SHOULD));
                // A filter scores nothing.
                else if (c.getOccur() != Occur.FILTER) any.add(c.getQuery(), Occur.SHOULD);
            }
            return new Ranked(terms, later, whole, any.build());
        }
    }

    /** The query, or empty when the text has nothing to search for (only punctuation, say). */
    public Optional<Query> parse(String text) {
        return parseRanked(text).map(Ranked::whole);
    }

    /** The query in its two parts ({@link Ranked}), or empty when the text has nothing to search for. */
    public Optional<Ranked> parseRanked(String text) {
        Parts parts = Parts.of(clean(text));
        // The whole query's clauses in order; each is also in the terms or later.
        List<BooleanClause> whole = new ArrayList<>();
        List<BooleanClause> terms = new ArrayList<>();
        List<BooleanClause> later = new ArrayList<>();
        BooleanQuery.Builder near = new BooleanQuery.Builder();
        for (String phrase : parts.phrases()) {
            Query required = folded.createPhraseQuery(SearchFields.TEXT_FOLDED, phrase);
            if (required == null) continue;
            add(new BooleanClause(required, Occur.MUST), whole, terms);
            addBoosted(near, exact.createPhraseQuery(SearchFields.TEXT, phrase), EXACT_WEIGHT);
        }
        String words = parts.words();
        Query match = mostOf(folded.createBooleanQuery(SearchFields.TEXT_FOLDED, words));
        if (match != null) {
            // A syllable found with its diacritics is found folded too: the folded form decides which clauses
            // match, the exact form only adds to the score.
            BooleanClause exactSyllables =
                    boosted(mostOf(exact.createBooleanQuery(SearchFields.TEXT, words)), EXACT_WEIGHT);
            // Phrases count as neighbours too; their bigrams rank the clauses that have them together.
            String all = String.join(" ", parts.phrases()) + " " + words;
            List<BooleanClause> exactPairs =
                    eachBoosted(exactBigrams.createBooleanQuery(SearchFields.TEXT_BIGRAMS, all), EXACT_BIGRAM_WEIGHT);
            List<BooleanClause> foldedPairs = eachBoosted(
                    foldedBigrams.createBooleanQuery(SearchFields.TEXT_FOLDED_BIGRAMS, all), FOLDED_BIGRAM_WEIGHT);
            Query weighted = new BoostQuery(match, FOLDED_WEIGHT);
            if (!exactPairs.isEmpty() && plain(match)) {
                // Scored among the terms, the syllables were 35-40% of ranking the best hits, at 100 documents and
                // at 10 times the shared corpus. The whole query is as before: Lucene rewrites a query that is both
                // a filter and an optional clause into the one required clause it was.
                add(new BooleanClause(match, Occur.FILTER), whole, terms);
                add(new BooleanClause(weighted, Occur.SHOULD), whole, later);
            } else add(new BooleanClause(weighted, Occur.MUST), whole, terms);
            add(exactSyllables, whole, exactPairs.isEmpty() ? terms : later);
            exactPairs.forEach(c -> add(c, whole, terms));
            foldedPairs.forEach(c -> add(c, whole, terms));
            // The words as one phrase: a clause that has them exactly as typed comes first.
            addBoosted(near, exact.createPhraseQuery(SearchFields.TEXT, words), EXACT_WEIGHT);
            addBoosted(near, folded.createPhraseQuery(SearchFields.TEXT_FOLDED, words), FOLDED_WEIGHT);
        } else if (!terms.isEmpty()) {
            String all = String.join(" ", parts.phrases());
            eachBoosted(exactBigrams.createBooleanQuery(SearchFields.TEXT_BIGRAMS, all), EXACT_BIGRAM_WEIGHT)
                    .forEach(c -> add(c, whole, terms));
        }
        if (terms.isEmpty()) return Optional.empty();
        BooleanQuery proximity = near.build();
        if (!proximity.clauses().isEmpty()) add(new BooleanClause(proximity, Occur.SHOULD), whole, later);
        return Optional.of(Ranked.of(query(terms), later.isEmpty() ? null : query(later), query(whole)));
    }

    /** Whether {@code match} is syllables only, with no expansion (such as "BHYT" for "bảo hiểm y tế"). */
    private static boolean plain(Query match) {
        return match instanceof BooleanQuery syllables
                && syllables.clauses().stream().allMatch(c -> c.getQuery() instanceof TermQuery);
    }

    /** Adds {@code clause} (if any) to the whole query and to one of its parts. */
    private static void add(BooleanClause clause, List<BooleanClause> whole, List<BooleanClause> part) {
        if (clause == null) return;
        whole.add(clause);
        part.add(clause);
    }

    private static Query query(List<BooleanClause> clauses) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        clauses.forEach(b::add);
        return b.build();
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
        BooleanClause c = boosted(q, weight);
        if (c != null) b.add(c);
    }

    /**
     * The bigrams of {@code q} (a disjunction of them, or one) each weighted as an optional clause of its own: the
     * same sum of scores as the disjunction nested, but the top-level scorer bounds and skips each one (on the 10×
     * corpus, 8% off ranking the best hits, which came out the same). Empty for no query.
     */
    private static List<BooleanClause> eachBoosted(Query q, float weight) {
        if (q instanceof BooleanQuery bq
                && bq.getMinimumNumberShouldMatch() == 0
                && bq.clauses().stream().allMatch(c -> c.getOccur() == Occur.SHOULD))
            return bq.clauses().stream().map(c -> boosted(c.getQuery(), weight)).toList();
        return q == null ? List.of() : List.of(boosted(q, weight));
    }

    /** {@code q} weighted, as an optional clause; null for no query. */
    private static BooleanClause boosted(Query q, float weight) {
        return q == null ? null : new BooleanClause(new BoostQuery(q, weight), Occur.SHOULD);
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
