package vn.policykg.web.linkeddata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import vn.policykg.store.RowValues;
import vn.policykg.web.Addresses;
import vn.policykg.web.linkeddata.PageValues.Link;

/** The ontology's reference page: its classes, properties, schemes and concepts with their names, domains and ranges. */
@Component
class OntologyPage extends PagePart {

    private final Addresses addresses;
    private final TermLabels terms;
    private final PageQueries queries;

    OntologyPage(Addresses addresses, TermLabels terms, PageQueries queries) {
        super("ontology", r -> r.getURI().equals(Addresses.ONTOLOGY));
        this.addresses = addresses;
        this.terms = terms;
        this.queries = queries;
    }

    @Override
    void addTo(ModelAndView page, Resource r, Model jsonLd) {
        ontology(page);
    }

    /** A class or property of the ontology, or a concept of one of its schemes, for the reference page. */
    public record Term(
            String id,
            String href,
            String kind,
            String vi,
            String en,
            String comment,
            List<Link> domain,
            List<Link> range,
            List<Link> parents) {}

    private void ontology(ModelAndView page) {
        Map<String, Term> terms = new LinkedHashMap<>();
        for (QuerySolution r : queries.select("""
                SELECT ?t ?kind ?vi ?en ?comment ?domain ?range ?parent WHERE {
                  VALUES ?kind { owl:Class owl:ObjectProperty owl:DatatypeProperty skos:Concept skos:ConceptScheme }
                  ?t a ?kind FILTER(STRSTARTS(STR(?t), STR(?focus)))
                  OPTIONAL { ?t rdfs:label|skos:prefLabel ?vi FILTER(lang(?vi) = 'vi') }
                  OPTIONAL { ?t rdfs:label|skos:prefLabel ?en FILTER(lang(?en) = 'en') }
                  OPTIONAL { ?t rdfs:comment|skos:definition ?comment }
                  OPTIONAL { ?t rdfs:domain ?domain } OPTIONAL { ?t rdfs:range ?range }
                  OPTIONAL { ?t rdfs:subClassOf|rdfs:subPropertyOf|skos:inScheme ?parent }
                } ORDER BY ?kind ?t""", Addresses.ONTOLOGY)) {
            String t = RowValues.text(r, "t");
            Term term = terms.computeIfAbsent(
                    t,
                    k -> new Term(
                            TermLabels.localName(t),
                            addresses.href(t),
                            TermLabels.localName(RowValues.text(r, "kind")),
                            RowValues.text(r, "vi"),
                            RowValues.text(r, "en"),
                            RowValues.text(r, "comment"),
                            new ArrayList<>(),
                            new ArrayList<>(),
                            new ArrayList<>()));
            addTerm(term.domain(), RowValues.text(r, "domain"));
            addTerm(term.range(), RowValues.text(r, "range"));
            addTerm(term.parents(), RowValues.text(r, "parent"));
        }
        Map<String, List<Term>> byKind = new LinkedHashMap<>();
        for (String kind : List.of("Class", "ObjectProperty", "DatatypeProperty", "ConceptScheme", "Concept"))
            byKind.put(
                    kind,
                    terms.values().stream().filter(t -> t.kind().equals(kind)).toList());
        page.addObject("terms", byKind);
        page.addObject("turtle", Addresses.ONTOLOGY_PATH + ".ttl");
    }

    private void addTerm(List<Link> to, String iri) {
        if (iri != null && to.stream().noneMatch(l -> l.href().equals(addresses.href(iri))))
            to.add(new Link(terms.vi(iri), addresses.href(iri)));
    }
}
