/**
 * Full-text search over a store generation's Lucene index, the engine behind {@code /api/search} and
 * {@code /search}: a {@link vn.policykg.search.SearchRequest} (words, facet filters, kinds, page) in, a
 * {@link vn.policykg.search.SearchResults} (hits with snippets, exact total, facet counts) out, in one pass
 * over the hits. No HTTP here; the web layer turns requests into {@code SearchRequest}s.
 *
 * <p>To add a facet: add it to {@code vn.policykg.store.TextIndexDefinition.Facet} (saying whether it is
 * the document's own, which {@link vn.policykg.search.FacetCounter} then counts once per document), write
 * its values in {@code vn.policykg.store.TextIndexWriter}, and name it on the search page.
 */
package vn.policykg.search;
