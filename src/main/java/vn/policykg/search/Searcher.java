package vn.policykg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.FixedBitSet;
import vn.policykg.analysis.SearchFields;
import vn.policykg.analysis.VietnameseQueryParser;
import vn.policykg.store.VietnameseTextIndex;

/** Full-text search over a generation's text index: the words, the filters, one page, the facet counts, snippets. */
public final class Searcher implements PassageSearch {

    /** Thrown for a query with nothing to search for; the message says so in Vietnamese and English. */
    public static final class NothingToSearch extends IllegalArgumentException {
        NothingToSearch(String message) {
            super(message);
        }
    }

    private final VietnameseTextIndex index;
    private final IndexSearcher searcher;
    private final ParsedQueries parser;
    private final WeightCache weights;
    private final FacetNames facetNames;
    private final FacetOrdinals facetOrdinals;
    private final IdleCore core;

    /**
     * Passages from which a search shares its work with an idle core ({@link IdleCore}): the facet counts, the
     * ranking by ranges of passages ({@link SharedTopScores}) and half the later scores ({@link LaterScores}). Below,
     * handing work over costs about what it saves: in process, one search at a time, the ten benchmark phrases took
     * 10% longer shared on the 100 gazette documents' 25 thousand passages, about the same on the whole shared
     * corpus's 104 thousand, and 30% less on its 10 times (735 thousand).
     */
    static final int SHARED_FROM = 1 << 17;

    public Searcher(VietnameseTextIndex index) {
        this(index, index.searcher().getIndexReader().maxDoc() >= SHARED_FROM ? IdleCore.SHARED : IdleCore.NONE);
    }

    /** A searcher that shares each search's work with {@code core}, whatever the index's size. */
    Searcher(VietnameseTextIndex index, IdleCore core) {
        this.index = index;
        this.core = core;
        this.searcher = index.searcher();
        this.parser = new ParsedQueries(index.parser());
        this.weights = new WeightCache(searcher);
        try {
            this.facetNames = new FacetNames(searcher.getIndexReader());
            this.facetOrdinals =
                    new FacetOrdinals(facetNames, searcher.getIndexReader().maxDoc());
        } catch (IOException e) {
            throw new UncheckedIOException("Text index facets could not be read", e);
        }
    }

    /**
     * What a request asks, read once for every back end: the words as searched (cut to the longest query, with a
     * note saying so) and their query in its two parts ({@link VietnameseQueryParser.Ranked}: the terms to rank
     * and count with, what is added to the best); a request with nothing to search for is refused.
     */
    public record Prepared(String typed, VietnameseQueryParser.Ranked query, List<String> notes) {

        /** The whole query. */
        public Query words() {
            return query.whole();
        }
    }

    static Prepared prepare(SearchRequest request, ParsedQueries parser) {
        String typed = request.query() == null ? "" : request.query().strip();
        if (typed.isEmpty()) throw new NothingToSearch("Hãy nhập từ cần tìm (tham số q trống). The query q is empty.");
        List<String> notes = new ArrayList<>();
        if (typed.length() > VietnameseQueryParser.MAX_CHARS) {
            typed = typed.substring(0, VietnameseQueryParser.MAX_CHARS);
            notes.add("Câu tìm kiếm dài hơn " + VietnameseQueryParser.MAX_CHARS
                    + " ký tự đã được cắt bớt. The query was cut to " + VietnameseQueryParser.MAX_CHARS
                    + " characters.");
        }
        String searched = typed;
        VietnameseQueryParser.Ranked query = parser.parseRanked(searched)
                .orElseThrow(() -> new NothingToSearch(
                        "Câu tìm kiếm không có từ nào để tìm. The query has no word to search for: '" + searched
                                + "'."));
        return new Prepared(typed, query, List.copyOf(notes));
    }

    @Override
    public SearchResults search(SearchRequest request) {
        Prepared p = prepare(request, parser);
        String typed = p.typed();
        List<String> notes = p.notes();
        Query matching = weights.reusing(filtered(p.query().terms(), request));
        try {
            // Counting needs no score, so it never reads positions: Lucene drops the optional clauses. The same hits
            // are then ranked.
            FixedBitSet matched = KnownHits.of(searcher, matching);
            IdleCore.Offered<FacetCounter.Result> counting = core.offer(
                    () -> new FacetCounter(facetNames, facetOrdinals, FacetCount.MOST_VALUES, request.filters())
                            .count(matched));
            ScoreDoc[] docs = ranked(matched, p.query(), request);
            FacetCounter.Result counted = counting.join();
            Snippets.QueryTerms terms = Snippets.foldedTerms(p.words());
            StoredFields stored = searcher.storedFields();
            ScoreDoc[] page = Arrays.copyOfRange(docs, Math.min(request.offset(), docs.length), docs.length);
            Map<Integer, List<int[]>> found = Snippets.postingsTokens(
                    searcher.getIndexReader().leaves(),
                    Arrays.stream(page).mapToInt(h -> h.doc).toArray(),
                    terms);
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc hit : page) {
                Document d = stored.document(hit.doc);
                String text = d.get(SearchFields.TEXT);
                hits.add(SearchHit.of(d::get, Snippets.snippet(text, found.get(hit.doc)), hit.score));
            }
            Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
            counted.facets()
                    .forEach((f, counts) -> facets.put(
                            f.field(),
                            FacetCount.mostHits(counts, request.filters().getOrDefault(f, List.of()))));
            return new SearchResults(typed, counted.hits(), request.limit(), request.offset(), hits, facets, notes);
        } catch (IOException e) {
            throw new UncheckedIOException("Text index search failed", e);
        }
    }

    /** The first hits (ten pages of ten) come from one ordering: the best by term scores, reordered. */
    static final int RESCORED = 100;

    /**
     * How many of the best by term scores get the later scores added, to find the first {@link #RESCORED}. More
     * than those, since the exact syllables are among the later scores and may lift a hit from well below the
     * hundredth: on the 10× corpus's 59 evaluation and benchmark queries, reordering only the first 100 changed
     * three top 10s against scoring every hit; 300 changed none (one query, "bảo hiểm y tế", differs at 10× with
     * the exact syllables scored at every hit too).
     */
    static final int CANDIDATES = 3 * RESCORED;

    /**
     * The best {@code n} hits, in the order of the whole query. Within the first {@link #RESCORED}: the best
     * {@link #CANDIDATES} of the {@code hits} by term scores (ranked as {@link VietnameseQueryParser.Ranked#termScores},
     * which skips hits that cannot reach them; hits it does not match come after at 0), with the later scores
     * (syllables, proximity) added to those only, so their postings and positions are read for those hits only, and
     * every page within them comes from one ordering. Deeper pages score every hit with the whole query (filtered as
     * the hits are).
     */
    private ScoreDoc[] ranked(FixedBitSet hits, VietnameseQueryParser.Ranked query, SearchRequest request)
            throws IOException {
        int n = request.offset() + request.limit();
        if (n > RESCORED)
            return searcher.search(
                            weights.reusing(filtered(query.whole(), request)),
                            new TopScoreDocCollectorManager(n, null, n))
                    .scoreDocs;
        // Without later scores the term scores are the whole query's: its first n are the answer.
        int candidates = query.later() == null ? n : CANDIDATES;
        ScoreDoc[] first = KnownHits.thenAtZero(
                SharedTopScores.best(
                        searcher, KnownHits.within(weights.reusing(query.termScores()), hits), candidates, core),
                hits,
                candidates);
        if (query.later() == null) return first;
        // The whole query's score is the sum of its parts' (a Boolean query adds its clauses' scores).
        return LaterScores.added(searcher, weights.reusing(query.later()), first, n, core);
    }

    private Query filtered(Query words, SearchRequest request) {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(words, Occur.MUST);
        index.restrictToKinds(q, request.kinds());
        request.filters().forEach((facet, values) -> {
            if (!values.isEmpty()) q.add(anyOf(facet.field(), values), Occur.FILTER);
        });
        return q.build();
    }

    private static Query anyOf(String field, List<String> values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
        return any.build();
    }
}
