package vn.policykg.web.search;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.policykg.search.SearchResults;
import vn.policykg.web.ErrorPageController;

/**
 * {@code GET /api/search}: {@code {query, total, limit, offset, results:[{iri, kind, document, documentTitle,
 * documentLabel, documentFile, clause, clauseIri, text, snippet, score}], facets:{name:[{key,label,count}]},
 * notes}}. The snippet is HTML: the text escaped, matches in {@code <mark>}. The total and the facet counts are
 * exact. A request the caller got wrong is a 400 with {@code {error, message}} (from {@link ErrorPageController}).
 */
@RestController
public class SearchApiController {

    /** Which engine answered ({@code embedded} or {@code solrcloud}), for whoever runs the service. */
    public static final String ENGINE_HEADER = "X-Search-Engine";

    private final Searches searches;

    public SearchApiController(Searches searches) {
        this.searches = searches;
    }

    @GetMapping(value = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<SearchResults> search(@RequestParam MultiValueMap<String, String> params) {
        try {
            Searches.Answer answer = searches.search(SearchParameters.parse(params));
            return ResponseEntity.ok().header(ENGINE_HEADER, answer.engine()).body(answer.results());
        } catch (IllegalArgumentException e) {
            // A parameter the caller got wrong: the message names it; ErrorPageController writes the answer.
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
