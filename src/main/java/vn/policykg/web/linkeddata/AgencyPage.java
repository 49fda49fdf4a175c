package vn.policykg.web.linkeddata;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import vn.policykg.store.RowValues;
import vn.policykg.vocab.Vocab;

/** A body's page: the tasks it leads, coordinates or directs, its targets, the documents it passed, its 2025 successions. */
@Component
class AgencyPage extends PagePart {

    private final ResourceNames names;
    private final FactTables facts;
    private final ResourceDescriptions descriptions;
    private final PageQueries queries;

    AgencyPage(ResourceNames names, FactTables facts, ResourceDescriptions descriptions, PageQueries queries) {
        super("agency", r -> r.hasProperty(RDF.type, Vocab.Organization));
        this.names = names;
        this.facts = facts;
        this.descriptions = descriptions;
        this.queries = queries;
    }

    @Override
    void addTo(ModelAndView page, Resource r, Model jsonLd) {
        agency(page, r.getURI());
    }

    private void agency(ModelAndView page, String iri) {
        page.addObject("tasks", facts.tasks("?fact vnp:lead|vnp:coordinating|vnp:directing ?focus .", iri));
        page.addObject("targets", facts.targets("?fact vnp:lead|vnp:coordinating ?focus .", iri));
        page.addObject(
                "passed",
                queries.select("SELECT ?d WHERE { ?d eli:passed_by ?focus } ORDER BY ?d", iri).stream()
                        .map(r -> names.document(RowValues.text(r, "d")))
                        .toList());
        page.addObject(
                "successions",
                queries.select("""
                SELECT ?e ?other WHERE { { ?e org:originalOrganization ?focus ; org:resultingOrganization ?other }
                  UNION { ?e org:resultingOrganization ?focus ; org:originalOrganization ?other } }""", iri).stream()
                        .map(r -> names.link(
                                RowValues.text(r, "other"),
                                names.label(descriptions
                                        .describe(RowValues.text(r, "other"))
                                        .getResource(RowValues.text(r, "other")))))
                        .toList());
    }
}
