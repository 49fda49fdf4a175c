package vn.policykg.web.search;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.policykg.search.FacetCount;
import vn.policykg.search.SearchHit;
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

    /** The API's shape of a hit: the snippet as HTML. */
    public record Hit(
            String iri,
            String kind,
            String document,
            String documentTitle,
            String documentLabel,
            String documentFile,
            String clause,
            String clauseIri,
            String text,
            String snippet,
            float score) {
        static Hit of(SearchHit h) {
            return new Hit(
                    h.iri(),
                    h.kind(),
                    h.document(),
                    h.documentTitle(),
                    h.documentLabel(),
                    h.documentFile(),
                    h.clause(),
                    h.clauseIri(),
                    h.text(),
                    h.snippet().html(),
                    h.score());
        }
    }

    public record Response(
            String query,
            long total,
            int limit,
            int offset,
            List<Hit> results,
            Map<String, List<FacetCount>> facets,
            List<String> notes) {}

    private final LiveStore store;

    public SearchApiController(LiveStore store) {
        this.store = store;
    }

    @GetMapping(value = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Response> search(@RequestParam MultiValueMap<String, String> params) {
        try {
            SearchResults r = new Searcher(store.current().textIndex()).search(SearchParameters.parse(params));
            return ResponseEntity.ok(new Response(
                    r.query(),
                    r.total(),
                    r.limit(),
                    r.offset(),
                    r.results().stream().map(Hit::of).toList(),
                    r.facets(),
                    r.notes()));
        } catch (IllegalArgumentException e) {
            // A parameter the caller got wrong: the message names it; ErrorPageController writes the answer.
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
