/**
 * Full-text search over a store generation's Lucene index, the engine behind {@code /api/search} and
 * {@code /search}: a {@link vn.policykg.search.SearchRequest} (words, facet filters, kinds, page) in, a
 * {@link vn.policykg.search.SearchResults} (hits with snippets, exact total, exact facet counts) out. Two passes:
 * one without scores finds every hit as a bit set ({@link vn.policykg.search.KnownHits}), from which each hit and
 * its facet values are counted ({@link vn.policykg.search.FacetCounter}); then the first hits are ranked among those
 * by term scores, as one disjunction, with the later scores (syllables, proximity) added to the best ({@link
 * vn.policykg.search.Searcher}). Each facet is cut to the values with the most hits ({@link
 * vn.policykg.search.FacetCount#mostHits}). On an index of at least {@link vn.policykg.search.Searcher#SHARED_FROM}
 * passages a search shares its work with an idle core ({@link vn.policykg.search.IdleCore}): the facet counts, the
 * ranking by ranges of passages ({@link vn.policykg.search.SharedTopScores}) and half the later scores ({@link
 * vn.policykg.search.LaterScores}), each the same answer as one thread's; under load each search does its own work.
 * Per generation a searcher keeps the parsed queries ({@link
 * vn.policykg.search.ParsedQueries}), their Lucene weights ({@link vn.policykg.search.WeightCache}), the facet
 * values' names ({@link vn.policykg.search.FacetNames}) and every passage's and document's facet value ordinals in
 * arrays ({@link vn.policykg.search.FacetOrdinals}), so a repeated search neither analyses its text, nor looks its
 * terms up, nor reads a value's name or decodes a hit's values again.
 * The same search over a SolrCloud collection of the passages: {@link vn.policykg.search.SolrCollections} writes
 * a generation's passages to its collection and moves the alias, {@link vn.policykg.search.SolrSearcher} asks it
 * ({@link vn.policykg.search.SolrNodes}: Solr's HTTP API), both behind {@link vn.policykg.search.PassageSearch}.
 * The web layer turns requests into {@code SearchRequest}s and chooses the engine.
 *
 * <p>To add a facet: add it to {@code vn.policykg.store.TextIndexDefinition.Facet} (saying whether it is
 * the document's own, which {@link vn.policykg.search.FacetOrdinals} then reads once per document), write its
 * values in {@code vn.policykg.store.TextIndexWriter}, and name it on the search page.
 */
package vn.policykg.search;
