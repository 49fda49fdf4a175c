/**
 * Full-text search over the clauses: the JSON API ({@link vn.policykg.web.search.SearchApiController},
 * {@code /api/search}) and the page ({@link vn.policykg.web.search.SearchPageController}, {@code /search}),
 * which read one request the same way ({@link vn.policykg.web.search.SearchParameters}) and ask
 * {@link vn.policykg.web.search.Searches} for the answer: the embedded index, or the served generation's
 * SolrCloud collection when {@link vn.policykg.web.search.SolrProperties} names nodes.
 *
 * <p>To add a parameter (a filter, a sort): read and check it in {@code SearchParameters}, so the API and the page
 * take it alike, carry it in {@code search.SearchRequest}, and add a bad-value case to {@code SearchApiTest}.
 */
package vn.policykg.web.search;
