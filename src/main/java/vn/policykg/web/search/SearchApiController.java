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
import vn.policykg.search.Searcher;
import vn.policykg.store.LiveStore;
import vn.policykg.web.ErrorPageController;

/**
 * {@code GET /api/search}: {@code {query, total, limit, offset, results:[{iri, kind, document, documentTitle,
 * documentLabel, documentFile, clause, clauseIri, text, snippet, score}], facets:{name:[{key,label,count}]},
 * notes}}. The snippet is HTML: the text escaped, matches in {@code <mark>}. A request the caller got wrong
 * is a 400 with {@code {error, message}} (from {@link ErrorPageController}).
 */
@RestController
public class SearchApiController {

    private final LiveStore store;

    public SearchApiController(LiveStore store) {
        this.store = store;
    }

    @GetMapping(value = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<SearchResults> search(@RequestParam MultiValueMap<String, String> params) {
        try {
            return ResponseEntity.ok(new Searcher(store.current().textIndex()).search(SearchParameters.parse(params)));
        } catch (IllegalArgumentException e) {
            // A parameter the caller got wrong: the message names it; ErrorPageController writes the answer.
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
