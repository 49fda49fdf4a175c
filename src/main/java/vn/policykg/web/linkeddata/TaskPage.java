package vn.policykg.web.linkeddata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import vn.policykg.store.RowValues;
import vn.policykg.vocab.Vocab;
import vn.policykg.web.linkeddata.PageValues.Link;

/** A task's page: its deadline as an interval with its words, and its bodies by role. */
@Component
class TaskPage extends PagePart {

    private final ResourceNames names;
    private final TermLabels terms;
    private final Sparql sparql;

    TaskPage(ResourceNames names, TermLabels terms, Sparql sparql) {
        super("task", r -> r.hasProperty(RDF.type, Vocab.Task));
        this.names = names;
        this.terms = terms;
        this.sparql = sparql;
    }

    @Override
    void addTo(ModelAndView page, Resource r, Model jsonLd) {
        task(page, r.getURI());
    }

    private void task(ModelAndView page, String iri) {
        page.addObject(
                "deadline",
                sparql.select("""
                SELECT ?words ?start ?end ?condition ?kind WHERE { ?focus vnp:deadline ?dl . ?dl vnp:words ?words .
                  OPTIONAL { ?dl time:hasBeginning/time:inXSDDate ?start } OPTIONAL { ?dl time:hasEnd/time:inXSDDate ?end }
                  OPTIONAL { ?dl vnp:condition ?condition } OPTIONAL { ?dl vnp:deadlineKind ?kind } }""", iri).stream()
                        .findFirst()
                        .map(r -> Map.of(
                                "words",
                                RowValues.text(r, "words"),
                                "start",
                                Objects.requireNonNullElse(RowValues.text(r, "start"), ""),
                                "end",
                                Objects.requireNonNullElse(RowValues.text(r, "end"), ""),
                                "condition",
                                Objects.requireNonNullElse(RowValues.text(r, "condition"), ""),
                                "kind",
                                r.get("kind") == null ? "" : terms.vi(RowValues.text(r, "kind"))))
                        .orElse(null));
        Map<String, List<Link>> roles = new LinkedHashMap<>();
        for (Property p : List.of(Vocab.lead, Vocab.coordinating, Vocab.directing))
            roles.put(terms.vi(p.getURI()), new ArrayList<>());
        for (QuerySolution r : sparql.select("""
                SELECT ?p ?b ?label WHERE { VALUES ?p { vnp:lead vnp:coordinating vnp:directing } ?focus ?p ?b .
                  ?b skos:prefLabel ?label FILTER(lang(?label) = 'vi') } ORDER BY ?label""", iri))
            roles.get(terms.vi(RowValues.text(r, "p")))
                    .add(names.link(RowValues.text(r, "b"), RowValues.text(r, "label")));
        page.addObject("roles", roles);
    }
}
