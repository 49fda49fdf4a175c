package vn.policykg.search;

/**
 * A search over the passages of the served generation, the same in meaning whichever engine answers: the embedded
 * index ({@link Searcher}) or a SolrCloud collection ({@link SolrSearcher}).
 */
public interface PassageSearch {

    SearchResults search(SearchRequest request);
}
