package vn.policykg.rdf;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import vn.policykg.analysis.Slugs;
import vn.policykg.extract.Citation;
import vn.policykg.source.Manifest;
import vn.policykg.vocab.DocumentType;
import vn.policykg.vocab.Vocab;

/**
 * One node per real-world document across the corpus, whether or not its text is in the corpus:
 * mentions are keyed by jurisdiction and number, so 42-NQ/TW cited by four documents is one node and a
 * provincial 35-NQ/TU belongs to its province. Documents of the manifest keep their manifest IRIs.
 */
final class CitedDocuments {

    private record Known(String type, Map<LocalDate, Integer> dates, Map<String, Integer> issuers) {}

    private final IriPolicy iris;
    private final Model out;
    private final Map<String, Resource> manifestDocuments = new HashMap<>();
    private final Map<String, Known> mentioned = new TreeMap<>();
    private final Map<String, Resource> minted = new HashMap<>();
    private final Map<String, String> provinces;

    /**
     * @param rename     manifest resource → its published resource
     * @param provinces  jurisdiction code → province name, for bodies named "Tỉnh ủy Lào Cai"
     */
    CitedDocuments(
            IriPolicy iris,
            Model out,
            Manifest manifest,
            Function<Resource, Resource> rename,
            Map<String, String> provinces) {
        this.iris = iris;
        this.out = out;
        this.provinces = provinces;
        for (Resource doc : manifest.model()
                .listSubjectsWithProperty(RDF.type, Vocab.LegalResource)
                .toList()) {
            String code = doc.getPropertyResourceValue(Vocab.eliJurisdiction)
                    .getProperty(Vocab.code)
                    .getString();
            Statement number = doc.getProperty(Vocab.idLocal);
            if (number != null) manifestDocuments.put(code + "|" + number.getString(), rename.apply(doc));
            for (Statement n : doc.listProperties(Vocab.listNumber).toList())
                manifestDocuments.put(code + "|Đề án " + n.getString(), rename.apply(doc));
        }
    }

    private static String key(Citation c) {
        return c.jurisdiction() + "|" + localName(c);
    }

    /** The number; a law cited only by name and date is known by both ("Luật Tổ chức Chính phủ 2015-06-19"). */
    private static String localName(Citation c) {
        if (c.unnumbered()) return c.name() + " " + c.date();
        return c.type().equals("Đề án") && c.number().matches("\\d+") ? "Đề án " + c.number() : c.number();
    }

    /** First pass: what every mention says of the document (its year and issuer). */
    void register(Citation c) {
        Known k = mentioned.computeIfAbsent(key(c), x -> new Known(c.type(), new TreeMap<>(), new TreeMap<>()));
        if (c.date() != null) k.dates().merge(c.date(), 1, Integer::sum);
        if (c.issuer() != null) k.issuers().merge(c.issuer(), 1, Integer::sum);
    }

    /** The document a mention names. */
    Resource resolve(Citation c) {
        String key = key(c);
        Resource known = manifestDocuments.get(key);
        if (known != null) return known;
        return minted.computeIfAbsent(key, k -> describe(c, mentioned.get(k)));
    }

    /** The node of the document with this number in this jurisdiction, if the corpus or a citation gave one. */
    Optional<Resource> byNumber(String jurisdiction, String number) {
        String key = jurisdiction + "|" + number;
        return Optional.ofNullable(manifestDocuments.getOrDefault(key, minted.get(key)));
    }

    private Resource describe(Citation c, Known k) {
        LocalDate date = mostFrequent(k.dates());
        Integer year = date == null ? null : date.getYear();
        Resource doc = out.createResource(iris.citedDocument(c.jurisdiction(), eliType(c.type()), year, localName(c)))
                .addProperty(RDF.type, Vocab.LegalResource)
                .addProperty(Vocab.eliType, eliType(c.type()))
                .addProperty(Vocab.typeDocument, out.createResource(Vocab.DOCUMENT_TYPE_NS + documentType(c.type())))
                .addProperty(Vocab.eliJurisdiction, out.createResource(iris.jurisdiction(c.jurisdiction())))
                .addLiteral(Vocab.inCorpus, false)
                .addProperty(Vocab.title, c.unnumbered() ? c.name() : c.type() + " số " + c.number(), "vi");
        if (!c.unnumbered()) doc.addProperty(Vocab.idLocal, c.number());
        if (DocumentType.isPartyNumber(c.number())) doc.addProperty(Vocab.typeDocument, Vocab.PartyDocument);
        if (date != null)
            doc.addProperty(Vocab.dateDocument, out.createTypedLiteral(date.toString(), XSDDatatype.XSDdate));
        if (k.dates().size() > 1)
            doc.addProperty(
                    Vocab.qualityNote,
                    "Mentions give different dates: " + k.dates().keySet(),
                    "en");
        String issuer = mostFrequent(k.issuers());
        if (issuer != null) {
            String jurisdiction = jurisdictionOfIssuer(issuer, c.jurisdiction());
            Resource body = out.createResource(iris.body(jurisdiction, provinces.get(jurisdiction), issuer));
            if (!body.hasProperty(RDF.type))
                body.addProperty(RDF.type, Vocab.Organization)
                        .addProperty(Vocab.prefLabel, issuer, "vi")
                        .addProperty(Vocab.jurisdiction, out.createResource(iris.jurisdiction(jurisdiction)));
            doc.addProperty(Vocab.passedBy, body);
            if (k.issuers().size() > 1)
                doc.addProperty(
                        Vocab.qualityNote,
                        "Mentions name different issuers: " + k.issuers().keySet(),
                        "en");
        }
        return doc;
    }

    private String jurisdictionOfIssuer(String issuer, String documentJurisdiction) {
        for (Map.Entry<String, String> p : provinces.entrySet())
            if (issuer.endsWith(" " + p.getValue())) return p.getKey();
        return documentJurisdiction.equals("vn")
                ? "vn"
                : issuer.contains("tỉnh") || issuer.startsWith("Tỉnh") ? documentJurisdiction : "vn";
    }

    private static <T> T mostFrequent(Map<T, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    static String eliType(String typeWord) {
        return DocumentType.eliTypeOf(typeWord, Slugs::of);
    }

    static String documentType(String typeWord) {
        return DocumentType.ofWord(typeWord).map(DocumentType::concept).orElse("other");
    }
}
