package vn.policykg.web.linkeddata;

import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import vn.policykg.store.LiveStore;
import vn.policykg.store.RowValues;
import vn.policykg.web.Addresses;
import vn.policykg.web.linkeddata.PageValues.Link;

/** The home page and the list of indicators ({@link DocumentsController} lists the documents). */
@Controller
public class SiteController {

    /** An indicator with how many targets name it. */
    public record IndicatorEntry(Link link, String english, long targets, long documents) {}

    private final Addresses addresses;
    private final DocumentNames documents;
    private final DatasetDescription dataset;
    private final TermLabels terms;
    private final LiveStore store;
    private final PageQueries queries;

    public SiteController(
            Addresses addresses,
            DocumentNames documents,
            DatasetDescription dataset,
            TermLabels terms,
            LiveStore store,
            PageQueries queries) {
        this.addresses = addresses;
        this.documents = documents;
        this.dataset = dataset;
        this.terms = terms;
        this.store = store;
        this.queries = queries;
    }

    @GetMapping("/")
    public ModelAndView home() {
        ModelAndView page = new ModelAndView("home");
        page.addObject("triples", store.size());
        page.addObject("counts", dataset.namedCounts(terms));
        page.addObject(
                "corpus",
                documents.all().stream()
                        .filter(DocumentNames.Entry::inCorpus)
                        .map(d -> new Link(d.name(), addresses.href(d.iri())))
                        .toList());
        return page;
    }

    @GetMapping("/indicators")
    public ModelAndView indicators() {
        ModelAndView page = new ModelAndView("indicators");
        List<IndicatorEntry> rows = queries.select("""
                SELECT ?i ?label ?en (COUNT(DISTINCT ?t) AS ?targets) (COUNT(DISTINCT ?doc) AS ?docs) WHERE {
                  ?i skos:inScheme ?focus ; skos:prefLabel ?label FILTER(lang(?label) = 'vi')
                  OPTIONAL { ?i skos:prefLabel ?en FILTER(lang(?en) = 'en') }
                  OPTIONAL { ?t vnp:indicator ?i ; vnp:targetOf ?doc }
                } GROUP BY ?i ?label ?en ORDER BY DESC(?docs) DESC(?targets) ?label""", addresses.base() + "indicator").stream()
                .map((QuerySolution r) -> new IndicatorEntry(
                        new Link(RowValues.text(r, "label"), addresses.href(RowValues.text(r, "i"))),
                        RowValues.text(r, "en"),
                        r.getLiteral("targets").getLong(),
                        r.getLiteral("docs").getLong()))
                .toList();
        page.addObject("indicators", rows);
        page.addObject("scheme", addresses.path(addresses.base() + "indicator"));
        return page;
    }
}
