package vn.policykg.web.linkeddata;

import java.util.List;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.springframework.stereotype.Component;
import vn.policykg.vocab.Vocab;
import vn.policykg.web.Addresses;
import vn.policykg.web.linkeddata.PageValues.Link;

/** How resource pages name things and link to them: one name per resource, the same on every page. */
@Component
public class ResourceNames {

    private final Addresses addresses;
    private final TermLabels terms;
    private final DocumentNames documents;

    public ResourceNames(Addresses addresses, TermLabels terms, DocumentNames documents) {
        this.addresses = addresses;
        this.terms = terms;
        this.documents = documents;
    }

    /** The best name of a resource: its Vietnamese label, title or name, a clause's number, a term's label. */
    String label(Resource r) {
        if (r.hasProperty(RDF.type, Vocab.LegalResource)) return documents.name(r.getURI());
        for (Property p : List.of(SKOS.prefLabel, Vocab.schemaName, RDFS.label)) {
            String vi = literal(r, p, "vi");
            if (vi != null) return vi;
        }
        Statement path = r.getProperty(Vocab.numberPath);
        if (path != null) {
            String heading = literal(r, Vocab.heading, "vi");
            return "Mục " + path.getString() + (heading == null ? "" : " – " + heading);
        }
        for (Property p : List.of(SKOS.prefLabel, Vocab.title, Vocab.schemaName, RDFS.label)) {
            Statement s = r.getProperty(p);
            if (s != null && s.getObject().isLiteral()) return s.getString();
        }
        return r.isURIResource() ? terms.vi(r.getURI()) : r.toString();
    }

    /** The English name, where the resource has one. */
    static String english(Resource r) {
        for (Property p : List.of(SKOS.prefLabel, Vocab.title, SKOS.altLabel, RDFS.label)) {
            String en = literal(r, p, "en");
            if (en != null) return en;
        }
        return null;
    }

    static String literal(Resource r, Property p, String lang) {
        return r.listProperties(p).toList().stream()
                .map(Statement::getObject)
                .filter(o -> o.isLiteral() && lang.equals(o.asLiteral().getLanguage()))
                .map(o -> o.asLiteral().getString())
                .findFirst()
                .orElse(null);
    }

    static List<String> literals(Resource r, Property p) {
        return r.listProperties(p).toList().stream()
                .map(s -> s.getObject().asLiteral().getString())
                .sorted()
                .toList();
    }

    Link link(Resource r) {
        return new Link(label(r), addresses.href(r.getURI()));
    }

    Link link(String iri, String text) {
        return new Link(text, addresses.href(iri));
    }

    /** A document's link, by its short name. */
    Link document(String iri) {
        return link(iri, documents.name(iri));
    }
}
