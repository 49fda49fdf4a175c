package vn.policykg.rdf;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import vn.policykg.extract.BodyDirectory;
import vn.policykg.extract.DocumentFacts;
import vn.policykg.extract.IndicatorScheme;
import vn.policykg.source.Clause;
import vn.policykg.source.Manifest;
import vn.policykg.source.ParsedDocument;
import vn.policykg.source.SourceText;
import vn.policykg.vocab.Vocab;

/**
 * Manifest + parsed documents → RDF. The manifest's own names are replaced by minted IRIs
 * ({@link IriPolicy}); each clause becomes an ELI subdivision with its text and its source span.
 * No blank nodes: the same input gives the same graph, triple for triple.
 */
public final class GraphMapper {

    private final IriPolicy iris;
    private final Model out = ModelFactory.createDefaultModel();

    private GraphMapper(IriPolicy iris) {
        this.iris = iris;
    }

    /**
     * @param parsed     the parsed text of each corpus document, keyed by manifest entry
     * @param inputHash  SHA-256 over the build inputs; names the build activity
     */
    public static Model map(
            IriPolicy iris,
            Model ontology,
            Manifest manifest,
            Map<Manifest.Entry, ParsedDocument> parsed,
            Map<Manifest.Entry, DocumentFacts> facts,
            IndicatorScheme indicators,
            String inputHash) {
        GraphMapper m = new GraphMapper(iris);
        m.out.setNsPrefixes(ontology.getNsPrefixMap());
        m.out.setNsPrefix("oa", Vocab.OA);
        m.out.setNsPrefix("prov", Vocab.PROV);
        m.out.add(ontology);
        m.copyManifest(manifest.model());
        Resource build = m.out.createResource(iris.build(inputHash), Vocab.BuildActivity)
                .addProperty(Vocab.dctIdentifier, inputHash);
        for (Manifest.Entry entry : manifest.corpus()) m.mapDocument(entry, parsed.get(entry), build);
        m.mapFacts(manifest, parsed, facts, indicators, build);
        return m.out;
    }

    /** Extracted facts of every document; cited documents are resolved across the whole corpus first. */
    private void mapFacts(
            Manifest manifest,
            Map<Manifest.Entry, ParsedDocument> parsed,
            Map<Manifest.Entry, DocumentFacts> facts,
            IndicatorScheme indicators,
            Resource build) {
        Map<String, String> provinces = new TreeMap<>();
        for (Resource j : manifest.model()
                .listSubjectsWithProperty(RDF.type, Vocab.Jurisdiction)
                .toList()) provinces.put(j.getProperty(Vocab.code).getString(), Manifest.placeName(j));
        CitedDocuments cited = new CitedDocuments(iris, out, manifest, this::rename, provinces);
        for (DocumentFacts f : facts.values()) f.citations().forEach(cited::register);
        BodyRegistry bodies = new BodyRegistry(iris, out, BodyDirectory.of(manifest.model()), this::rename);
        FactMapper mapper = new FactMapper(iris, out, build, cited, indicators, bodies);
        for (Manifest.Entry entry : manifest.corpus()) {
            Resource doc = rename(entry.document());
            String code = entry.document()
                    .getPropertyResourceValue(Vocab.eliJurisdiction)
                    .getProperty(Vocab.code)
                    .getString();
            FactMapper.DocumentScope scope = new FactMapper.DocumentScope(
                    doc,
                    out.createResource(iris.sourceText(doc.getURI())),
                    parsed.get(entry).source(),
                    code,
                    provinces.get(code));
            mapper.map(scope, facts.get(entry));
        }
        linkRelationsByNumber(manifest, cited);
    }

    /**
     * "Amends 145/2020/NĐ-CP": the manifest states such relations by number; each becomes the ELI relation to
     * the document's node, which its text or a citation gave; a number nothing else names gets a quality note.
     */
    private void linkRelationsByNumber(Manifest manifest, CitedDocuments cited) {
        for (Statement s : manifest.model().listStatements().toList()) {
            String uri = s.getPredicate().getURI();
            if (!uri.startsWith(Manifest.RELATION_BY_NUMBER)) continue;
            Property relation = out.createProperty(Vocab.ELI + uri.substring(Manifest.RELATION_BY_NUMBER.length()));
            if (relation.getLocalName().equals("replaces")) relation = Vocab.replaces;
            Resource doc = rename(s.getSubject());
            String code = s.getSubject()
                    .getPropertyResourceValue(Vocab.eliJurisdiction)
                    .getProperty(Vocab.code)
                    .getString();
            String number = s.getString();
            Resource other = cited.byNumber(code, number)
                    .or(() -> cited.byNumber("vn", number))
                    .orElse(null);
            if (other != null && !other.equals(doc)) doc.addProperty(relation, other);
            else if (other == null)
                doc.addProperty(
                        Vocab.qualityNote,
                        out.createLiteral(
                                "The text says it " + relation.getLocalName() + " " + number
                                        + ", a document the graph does not otherwise know.",
                                "en"));
        }
    }

    private void copyManifest(Model manifest) {
        for (Statement s : manifest.listStatements().toList()) {
            if (s.getPredicate().equals(Vocab.sourceFile)
                    || s.getPredicate().equals(Vocab.originalFileName)
                    || s.getPredicate().getURI().startsWith(Manifest.RELATION_BY_NUMBER)) continue;
            out.add(
                    rename(s.getSubject()),
                    s.getPredicate(),
                    s.getObject().isResource() ? rename(s.getObject().asResource()) : s.getObject());
        }
        for (Resource doc :
                manifest.listSubjectsWithProperty(RDF.type, Vocab.LegalResource).toList())
            rename(doc).addLiteral(Vocab.inCorpus, doc.hasProperty(Vocab.sourceFile));
        for (Resource jur :
                manifest.listSubjectsWithProperty(RDF.type, Vocab.Jurisdiction).toList())
            rename(jur).addProperty(RDF.type, SKOS.Concept);
        for (Statement s :
                manifest.listStatements(null, Vocab.succeededBy, (RDFNode) null).toList()) {
            Resource original = rename(s.getSubject());
            Resource event = out.createResource(iris.succession(original.getURI()), Vocab.ChangeEvent)
                    .addProperty(Vocab.originalOrganization, original)
                    .addProperty(
                            Vocab.resultingOrganization, rename(s.getObject().asResource()));
            Statement ceased = s.getSubject().getProperty(Vocab.ceasedOn);
            if (ceased != null) event.addProperty(out.createProperty(Vocab.DCT + "date"), ceased.getObject());
        }
    }

    /** The published resource for a manifest-local one; other IRIs pass through. */
    private Resource rename(Resource r) {
        if (!r.isURIResource() || !r.getURI().startsWith(Manifest.LOCAL_BASE)) return out.createResource(r.getURI());
        if (r.hasProperty(RDF.type, Vocab.LegalResource)) return out.createResource(iris.document(r));
        if (r.hasProperty(RDF.type, Vocab.Organization)) {
            Resource jurisdiction = r.getPropertyResourceValue(Vocab.jurisdiction);
            String code = jurisdiction.getProperty(Vocab.code).getString();
            String province = Manifest.placeName(jurisdiction);
            return out.createResource(iris.body(code, province, vietnamese(r, Vocab.prefLabel)));
        }
        if (r.hasProperty(RDF.type, Vocab.Jurisdiction))
            return out.createResource(
                    iris.jurisdiction(r.getProperty(Vocab.code).getString()));
        throw new IllegalArgumentException("The manifest names <" + r.getURI() + "> without saying what it is");
    }

    private static String vietnamese(Resource r, Property p) {
        return r.listProperties(p).toList().stream()
                .map(Statement::getObject)
                .filter(o -> o.isLiteral() && "vi".equals(o.asLiteral().getLanguage()))
                .map(o -> o.asLiteral().getString())
                .findFirst()
                .orElseThrow();
    }

    private void mapDocument(Manifest.Entry entry, ParsedDocument parsed, Resource build) {
        Resource doc = rename(entry.document());
        SourceText src = parsed.source();
        Resource source = out.createResource(iris.sourceText(doc.getURI()), Vocab.SourceText)
                .addProperty(Vocab.originalFileName, entry.originalFileName())
                .addProperty(Vocab.filePath, entry.publishedPath())
                .addProperty(Vocab.sha256, src.sha256());
        doc.addProperty(Vocab.sourceText, source).addProperty(Vocab.wasGeneratedBy, build);
        build.addProperty(out.createProperty(Vocab.PROV + "used"), source);
        for (Manifest.ReadFrom read : entry.readFrom()) {
            String local = read.property().getLocalName();
            out.createResource(doc.getURI() + "/metadata/" + local + "-" + read.start(), Vocab.MetadataSource)
                    .addProperty(Vocab.describes, doc)
                    .addProperty(Vocab.property, read.property())
                    .addProperty(Vocab.quote, src.slice(read.start(), read.end()), "vi")
                    .addLiteral(Vocab.sourceStart, integer(read.start()))
                    .addLiteral(Vocab.sourceEnd, integer(read.end()))
                    .addProperty(Vocab.wasGeneratedBy, build);
        }
        for (String note : parsed.notes())
            doc.addProperty(Vocab.qualityNote, out.createLiteral("Parser: " + note, "en"));
        mapClauses(doc, doc, parsed.clauses());
    }

    private void mapClauses(Resource doc, Resource parent, List<Clause> clauses) {
        int ordinal = 0;
        for (Clause c : clauses) {
            Resource r = out.createResource(iris.clause(doc.getURI(), c.eId()), Vocab.LegalResourceSubdivision)
                    .addProperty(Vocab.isPartOf, parent)
                    .addProperty(Vocab.document, doc)
                    .addProperty(
                            Vocab.clauseKind,
                            out.createResource(Vocab.CLAUSE_KIND_NS + c.kind().eIdPrefix()))
                    .addProperty(Vocab.eId, c.eId())
                    .addProperty(Vocab.numberPath, c.numberPath())
                    .addLiteral(Vocab.ordinal, integer(++ordinal));
            parent.addProperty(Vocab.hasPart, r);
            if (c.number() != null) r.addProperty(Vocab.number, c.number());
            if (c.heading() != null) r.addProperty(Vocab.heading, c.heading(), "vi");
            if (!c.text().isEmpty()) {
                r.addProperty(Vocab.text, c.text(), "vi");
                span(r, c.start(), c.end());
            }
            for (Clause.Cell cell : c.cells()) {
                Resource cr = out.createResource(iris.cell(r.getURI(), cell.column()), Vocab.TableCell)
                        .addLiteral(Vocab.columnIndex, integer(cell.column()))
                        .addProperty(RDF.value, cell.text(), "vi");
                if (cell.heading() != null) cr.addProperty(Vocab.columnHeading, cell.heading(), "vi");
                span(cr, cell.start(), cell.end());
                r.addProperty(Vocab.cell, cr);
            }
            mapClauses(doc, r, c.children());
        }
    }

    private void span(Resource subject, int start, int end) {
        Resource sel = out.createResource(iris.span(subject.getURI()), Vocab.TextPositionSelector)
                .addLiteral(Vocab.start, integer(start))
                .addLiteral(Vocab.end, integer(end));
        subject.addProperty(Vocab.sourceSelector, sel);
    }

    private Literal integer(int n) {
        return out.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger);
    }
}
