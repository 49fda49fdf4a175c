package vn.policykg.web.linkeddata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import vn.policykg.store.RowValues;
import vn.policykg.vocab.Vocab;
import vn.policykg.web.linkeddata.PageValues.Link;
import vn.policykg.web.linkeddata.PageValues.TreeNode;

/** A document's page: its schema.org Legislation view, metadata read from it, clause tree, citations both ways, targets and tasks. */
@Component
class DocumentPage extends PagePart {

    private static final String SCHEMA = Vocab.SCHEMA;
    private final ResourceNames names;
    private final FactTables facts;
    private final DocumentNames documents;
    private final TermLabels terms;
    private final PageQueries queries;
    private final DocumentMetadata metadata;

    DocumentPage(
            ResourceNames names,
            FactTables facts,
            DocumentNames documents,
            TermLabels terms,
            PageQueries queries,
            DocumentMetadata metadata) {
        super("document", r -> r.hasProperty(RDF.type, Vocab.LegalResource));
        this.names = names;
        this.facts = facts;
        this.documents = documents;
        this.terms = terms;
        this.queries = queries;
        this.metadata = metadata;
    }

    @Override
    void addTo(ModelAndView page, Resource r, Model jsonLd) {
        document(page, r, jsonLd);
    }

    private void document(ModelAndView page, Resource doc, Model jsonLd) {
        String iri = doc.getURI();
        Resource legislation = jsonLd.getResource(iri)
                .addProperty(RDF.type, jsonLd.createResource(SCHEMA + "Legislation"))
                .addProperty(jsonLd.createProperty(SCHEMA + "url"), jsonLd.createResource(iri));
        copy(doc, Vocab.title, legislation, SCHEMA + "name");
        copy(doc, Vocab.idLocal, legislation, SCHEMA + "legislationIdentifier");
        copy(doc, Vocab.dateDocument, legislation, SCHEMA + "legislationDate");
        for (Statement s : doc.listProperties(Vocab.eliJurisdiction).toList())
            legislation.addProperty(
                    jsonLd.createProperty(SCHEMA + "legislationJurisdiction"), names.label(s.getResource()));
        for (Statement s : doc.listProperties(Vocab.passedBy).toList())
            legislation.addProperty(jsonLd.createProperty(SCHEMA + "legislationPassedBy"), s.getResource());
        for (Statement s : doc.listProperties(Vocab.applies).toList())
            legislation.addProperty(jsonLd.createProperty(SCHEMA + "legislationApplies"), s.getResource());
        page.addObject("fullTitle", ResourceNames.literal(doc, Vocab.title, "vi"));
        page.addObject("metadata", metadata.of(iri));
        page.addObject("tree", tree(iri));
        page.addObject("citesOut", citations("""
            ?m a vnp:Citation ; vnp:citedDocument ?other ; vnp:statedIn ?clause ; vnp:citationRelation ?rel .
            ?clause vnp:document ?focus ; vnp:numberPath ?path .""", iri));
        page.addObject("citesIn", citations("""
            ?m a vnp:Citation ; vnp:citedDocument ?focus ; vnp:statedIn ?clause ; vnp:citationRelation ?rel .
            ?clause vnp:document ?other ; vnp:numberPath ?path .""", iri));
        page.addObject("targets", facts.targets("?fact vnp:targetOf ?focus .", iri));
        page.addObject("tasks", facts.tasks("?fact vnp:document ?focus .", iri));
    }

    private static void copy(Resource from, Property p, Resource to, String property) {
        for (Statement s : from.listProperties(p).toList())
            to.addProperty(to.getModel().createProperty(property), s.getObject());
    }

    /** The clause tree of a document, in document order. */
    private List<TreeNode> tree(String doc) {
        List<QuerySolution> rows = queries.select("""
            SELECT ?c ?parent ?path ?heading ?text ?ord WHERE {
              ?c vnp:document ?focus ; eli:is_part_of ?parent ; vnp:numberPath ?path ; vnp:ordinal ?ord .
              OPTIONAL { ?c vnp:heading ?heading } OPTIONAL { ?c vnp:text ?text } } ORDER BY ?ord""", doc);
        Map<String, List<String[]>> children = new LinkedHashMap<>();
        for (QuerySolution r : rows) {
            String heading = RowValues.text(r, "heading");
            String text = RowValues.text(r, "text");
            String summary =
                    heading != null ? heading : text == null ? "" : DocumentNames.shorten(text.replace('\n', ' '));
            children.computeIfAbsent(RowValues.text(r, "parent"), k -> new ArrayList<>())
                    .add(new String[] {RowValues.text(r, "c"), RowValues.text(r, "path"), summary});
        }
        return subtree(doc, children);
    }

    private List<TreeNode> subtree(String parent, Map<String, List<String[]>> children) {
        return children.getOrDefault(parent, List.of()).stream()
                .map(c -> new TreeNode(names.link(c[0], c[1]), c[2], subtree(c[0], children)))
                .toList();
    }

    /** Documents citing or cited, each with the relation and the clauses that say it. */
    public record CitationGroup(Link document, List<String> relations, List<Link> clauses) {}

    /**
     * The documents {@code pattern} relates to {@code doc} (as ?other), grouped. A document's citations of itself
     * are left out here, not by a FILTER: ARQ places a filter early and splits the pattern there, and the part
     * before it (every citation of the graph) was then matched whole at every page.
     */
    private List<CitationGroup> citations(String pattern, String doc) {
        Map<String, CitationGroup> out = new TreeMap<>();
        for (QuerySolution r :
                queries.select("SELECT ?other ?rel ?clause ?path WHERE { " + pattern + " } ORDER BY ?path", doc)) {
            String other = RowValues.text(r, "other");
            if (other.equals(doc)) continue;
            CitationGroup g = out.computeIfAbsent(
                    documents.name(other) + other,
                    k -> new CitationGroup(names.document(other), new ArrayList<>(), new ArrayList<>()));
            String rel = terms.vi(RowValues.text(r, "rel"));
            if (!g.relations().contains(rel)) g.relations().add(rel);
            Link clause = names.link(RowValues.text(r, "clause"), RowValues.text(r, "path"));
            if (!g.clauses().contains(clause)) g.clauses().add(clause);
        }
        return List.copyOf(out.values());
    }
}
