package vn.policykg.web.linkeddata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.springframework.stereotype.Component;
import vn.policykg.store.DumpFiles;
import vn.policykg.store.GenerationMemo;
import vn.policykg.store.LiveStore;
import vn.policykg.store.RowValues;
import vn.policykg.vocab.Vocab;
import vn.policykg.web.Addresses;

/**
 * The dataset described for machines (VoID and DCAT 3 in one graph, at /.well-known/void) and, from
 * the same facts, for people (the /catalog page): licence, size, example resources, the SPARQL
 * endpoint and the dumps.
 */
@Component
public class DatasetDescription {

    public static final String PATH = "/.well-known/void";
    public static final String VOID = "http://rdfs.org/ns/void#";
    /**
     * The graph's licence. The sources are official documents, which Vietnamese law leaves outside
     * copyright (Luật Sở hữu trí tuệ, art. 15); the graph made from them is offered under CC BY 4.0.
     */
    public static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";

    /** Resources worth showing first: a programme, a clause with targets, a task, a target, a body, an indicator. */
    static final List<String> EXAMPLES = List.of(
            "eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030",
            "eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030/sec_II__para_2.2__item_2",
            "eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030/sec_III__para_1.2/task",
            "eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030/sec_II__para_2.2__item_2/target/ty-le-that-nghiep-thanh-thi",
            "org/vn-lao-cai/so-y-te",
            "indicator/ty-le-that-nghiep-thanh-thi",
            "eli/vn/nq/2023/42-nq-tw");

    private final Addresses addresses;
    private final LiveStore store;
    private final PageQueries queries;
    /**
     * Counting every resource of seven classes walks the whole graph (460 ms on the full corpus, at every home and
     * catalogue page); a generation never changes, so it is counted once.
     */
    private final GenerationMemo<Map<String, Long>> counts;

    public DatasetDescription(Addresses addresses, LiveStore store, PageQueries queries) {
        this.addresses = addresses;
        this.store = store;
        this.queries = queries;
        this.counts = new GenerationMemo<>(store, gen -> count());
    }

    public String datasetIri() {
        return addresses.absolute(PATH) + "#dataset";
    }

    /** How many resources of each kind the graph holds, for the catalogue and the VoID class partitions. */
    public Map<String, Long> counts() {
        return counts.get();
    }

    private Map<String, Long> count() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (QuerySolution r : queries.select("""
                SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {
                  VALUES ?class { eli:LegalResource eli:LegalResourceSubdivision vnp:Task vnp:Target vnp:Citation org:Organization skos:Concept }
                  ?s a ?class } GROUP BY ?class ORDER BY DESC(?n)"""))
            out.put(RowValues.text(r, "class"), r.getLiteral("n").getLong());
        return Collections.unmodifiableMap(out);
    }

    /** {@link #counts()} as the home and catalog pages list them: each class by its Vietnamese name. */
    public List<PageValues.Link> namedCounts(TermLabels terms) {
        return counts().entrySet().stream()
                .map(e -> new PageValues.Link(terms.vi(e.getKey()), String.valueOf(e.getValue())))
                .toList();
    }

    public Model voidGraph() {
        Model m = ModelFactory.createDefaultModel()
                .setNsPrefixes(Vocab.PREFIXES)
                .setNsPrefix("void", VOID)
                .setNsPrefix("dcat", DCAT.NS);
        Property p = m.createProperty(VOID, "triples");
        Resource ds = m.createResource(datasetIri())
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "Tri thức chính sách Việt Nam", "vi")
                .addProperty(DCTerms.title, "Vietnamese policy knowledge graph", "en")
                .addProperty(
                        DCTerms.description,
                        "Các chương trình hành động, đề án, kế hoạch cấp tỉnh thực hiện nghị quyết của Đảng và Chính phủ: "
                                + "từng điều khoản, nhiệm vụ, cơ quan chủ trì, thời hạn, chỉ tiêu và trích dẫn, mỗi dữ kiện dẫn về câu chữ gốc.",
                        "vi")
                .addProperty(
                        DCTerms.description,
                        "Provincial action programmes, schemes and plans implementing Party and Government resolutions: "
                                + "every clause, task, lead body, deadline, target and citation, each fact linked to its source words.",
                        "en")
                .addProperty(DCTerms.license, m.createResource(LICENCE))
                .addProperty(DCTerms.language, m.createResource("http://id.loc.gov/vocabulary/iso639-1/vi"))
                .addLiteral(p, m.createTypedLiteral(String.valueOf(store.size()), XSDDatatype.XSDinteger))
                .addProperty(m.createProperty(VOID, "uriSpace"), addresses.base())
                .addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(addresses.absolute("/sparql")))
                .addProperty(m.createProperty(VOID, "rootResource"), m.createResource(addresses.absolute("/indicator")))
                .addProperty(DCAT.landingPage, m.createResource(addresses.absolute("/catalog")));
        for (String keyword : List.of(
                "chính sách xã hội",
                "an sinh xã hội",
                "giảm nghèo",
                "kế hoạch phát triển kinh tế - xã hội",
                "Lào Cai",
                "Lai Châu",
                "Yên Bái")) ds.addProperty(DCAT.keyword, keyword, "vi");
        for (String vocabulary : List.of(
                Vocab.ELI, Vocab.ORG, Vocab.OA, Vocab.PROV, Vocab.SKOS, Vocab.QB, Vocab.TIME, Vocab.SCHEMA, Vocab.NS))
            ds.addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(vocabulary));
        for (String example : EXAMPLES)
            ds.addProperty(m.createProperty(VOID, "exampleResource"), m.createResource(addresses.base() + example));
        for (var e : counts().entrySet())
            ds.addProperty(
                    m.createProperty(VOID, "classPartition"),
                    m.createResource(datasetIri() + "-" + TermLabels.localName(e.getKey()))
                            .addProperty(m.createProperty(VOID, "class"), m.createResource(e.getKey()))
                            .addLiteral(
                                    m.createProperty(VOID, "entities"),
                                    m.createTypedLiteral(String.valueOf(e.getValue()), XSDDatatype.XSDinteger)));
        for (DumpFiles.Dump dump : DumpFiles.ALL) {
            Resource file = m.createResource(addresses.absolute("/dumps/" + dump.fileName()));
            ds.addProperty(m.createProperty(VOID, "dataDump"), file);
            ds.addProperty(
                    DCAT.distribution,
                    m.createResource(file.getURI() + "#distribution")
                            .addProperty(RDF.type, DCAT.Distribution)
                            .addProperty(DCAT.downloadURL, file)
                            .addProperty(
                                    DCAT.mediaType,
                                    m.createResource(
                                            "https://www.iana.org/assignments/media-types/" + dump.mediaType()))
                            .addProperty(
                                    DCAT.compressFormat,
                                    m.createResource("https://www.iana.org/assignments/media-types/application/gzip"))
                            .addProperty(DCTerms.license, m.createResource(LICENCE)));
        }
        ds.addProperty(
                DCAT.distribution,
                m.createResource(addresses.absolute("/sparql") + "#distribution")
                        .addProperty(RDF.type, DCAT.Distribution)
                        .addProperty(DCAT.accessURL, m.createResource(addresses.absolute("/sparql")))
                        .addProperty(
                                DCAT.accessService,
                                m.createResource(addresses.absolute("/sparql") + "#service")
                                        .addProperty(RDF.type, DCAT.DataService)
                                        .addProperty(DCAT.endpointURL, m.createResource(addresses.absolute("/sparql")))
                                        .addProperty(
                                                DCTerms.conformsTo,
                                                m.createResource("https://www.w3.org/TR/sparql11-protocol/"))
                                        .addProperty(DCAT.servesDataset, ds)));
        for (QuerySolution r : queries.select("SELECT ?build WHERE { ?build a vnp:BuildActivity }"))
            ds.addProperty(Vocab.wasGeneratedBy, m.createResource(RowValues.text(r, "build")));
        for (QuerySolution r : queries.select("SELECT ?d WHERE { ?d vnp:sourceText ?s } ORDER BY ?d"))
            ds.addProperty(DCTerms.source, m.createResource(RowValues.text(r, "d")));
        return m;
    }
}
