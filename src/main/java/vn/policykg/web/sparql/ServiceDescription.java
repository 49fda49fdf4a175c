package vn.policykg.web.sparql;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import vn.policykg.vocab.Vocab;

/** The SPARQL 1.1 service description of /sparql, with the limits a caller must live with. */
final class ServiceDescription {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String[] RESULT_FORMATS = {
        "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
        "Turtle", "JSON-LD", "N-Triples", "RDF_XML"
    };

    private ServiceDescription() {}

    static Model of(String endpoint, SparqlLimits limits) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD)
                .setNsPrefix("formats", FORMATS)
                .setNsPrefix("vnp", Vocab.NS)
                .setNsPrefix("rdfs", RDFS.uri)
                .setNsPrefix("xsd", XSDDatatype.XSD + "#");
        Resource service = m.createResource(endpoint)
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), m.createResource(endpoint))
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(RDFS.label, "Điểm truy vấn SPARQL của đồ thị tri thức chính sách Việt Nam", "vi")
                .addProperty(RDFS.label, "SPARQL endpoint of the Vietnamese policy knowledge graph", "en")
                .addProperty(
                        RDFS.comment,
                        "Chỉ đọc: không nhận SPARQL Update hay ghi Graph Store. Truy vấn quá thời gian bị dừng (503), "
                                + "kết quả quá lớn bị từ chối (422), mỗi địa chỉ máy khách có một quỹ thời gian truy vấn (429 kèm Retry-After khi hết).",
                        "vi")
                .addProperty(
                        RDFS.comment,
                        "Read-only: SPARQL Update and Graph Store writes are refused. A query past the timeout is stopped (503), "
                                + "a result over the cap is refused (422), each client address has a budget of query time (429 with Retry-After when spent).",
                        "en")
                .addLiteral(
                        Vocab.queryTimeout,
                        m.createTypedLiteral(limits.timeout().toString(), XSDDatatype.XSDdayTimeDuration))
                .addLiteral(Vocab.maxResultRows, m.createTypedLiteral(limits.maxResultRows()))
                .addLiteral(Vocab.maxQueryLength, m.createTypedLiteral(limits.maxQueryLength()))
                .addLiteral(
                        Vocab.maxRequestBytes,
                        m.createTypedLiteral(limits.maxRequestSize().toBytes()))
                .addLiteral(Vocab.federatedQuery, m.createTypedLiteral(limits.serviceAllowed()))
                .addLiteral(
                        Vocab.clientQueryBudget,
                        m.createTypedLiteral(limits.clientBudget().toString(), XSDDatatype.XSDdayTimeDuration))
                .addLiteral(
                        Vocab.clientQueryBudgetRefill,
                        m.createTypedLiteral(limits.clientBudgetRefill().toString(), XSDDatatype.XSDdayTimeDuration));
        for (String f : RESULT_FORMATS)
            service.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + f));
        if (limits.serviceAllowed())
            service.addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "BasicFederatedQuery"));
        return m;
    }
}
