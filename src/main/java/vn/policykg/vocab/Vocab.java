package vn.policykg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;

/**
 * Terms of our ontology (ontology/vnpolicy.ttl) and of the vocabularies we reuse.
 * The ontology namespace is fixed: it never depends on where the service runs.
 */
public final class Vocab {
    private Vocab() {}

    public static final String NS = "https://w3id.org/vnpolicy/def#";
    public static final String DOCUMENT_TYPE_NS = "https://w3id.org/vnpolicy/def/document-type/";
    /** The document type of a Party text (Nghị quyết, Chỉ thị … of a Party body). */
    public static final Resource PartyDocument = r(DOCUMENT_TYPE_NS + "party-document");

    public static final String CLAUSE_KIND_NS = "https://w3id.org/vnpolicy/def/clause-kind/";
    public static final String BODY_KIND_NS = "https://w3id.org/vnpolicy/def/body-kind/";

    public static final String ELI = "http://data.europa.eu/eli/ontology#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    // Our classes
    public static final Resource Jurisdiction = r(NS + "Jurisdiction");
    public static final Resource SourceText = r(NS + "SourceText");
    public static final Resource TableCell = r(NS + "TableCell");
    public static final Resource BuildActivity = r(NS + "BuildActivity");

    // Our properties
    public static final Property text = p(NS + "text");
    public static final Property heading = p(NS + "heading");
    public static final Property numberPath = p(NS + "numberPath");
    public static final Property eId = p(NS + "eId");
    public static final Property clauseKind = p(NS + "clauseKind");
    public static final Property ordinal = p(NS + "ordinal");
    public static final Property document = p(NS + "document");
    public static final Property sourceText = p(NS + "sourceText");
    public static final Property sourceSelector = p(NS + "sourceSelector");
    public static final Property originalFileName = p(NS + "originalFileName");
    public static final Property filePath = p(NS + "filePath");
    public static final Property sha256 = p(NS + "sha256");
    public static final Property qualityNote = p(NS + "qualityNote");
    public static final Property alternativeDate = p(NS + "alternativeDate");
    public static final Property issuedUnder = p(NS + "issuedUnder");
    public static final Property jurisdiction = p(NS + "jurisdiction");
    public static final Property inCorpus = p(NS + "inCorpus");
    public static final Property cell = p(NS + "cell");
    public static final Property columnIndex = p(NS + "columnIndex");
    public static final Property columnHeading = p(NS + "columnHeading");
    public static final Property ceasedOn = p(NS + "ceasedOn");
    public static final Property succeededBy = p(NS + "succeededBy");
    public static final Property code = p(NS + "code");
    public static final Property eliType = p(NS + "eliType");
    public static final Property identityKey = p(NS + "identityKey");
    /** Manifest only: the source file of a corpus document, relative to data/. */
    public static final Property sourceFile = p(NS + "sourceFile");

    // Extracted facts
    public static final Resource Task = r(NS + "Task");
    public static final Resource RoleAssignment = r(NS + "RoleAssignment");
    public static final Resource CitationMention = r(NS + "Citation");
    public static final Resource CollectiveBody = r(NS + "CollectiveBody");
    public static final Property statedIn = p(NS + "statedIn");
    public static final Property lead = p(NS + "lead");
    public static final Property coordinating = p(NS + "coordinating");
    public static final Property directing = p(NS + "directing");
    public static final Property role = p(NS + "role");
    public static final Property roleAssignment = p(NS + "roleAssignment");
    public static final Property body = p(NS + "body");
    public static final Property task = p(NS + "task");
    public static final Property deadline = p(NS + "deadline");
    public static final Property deadlineKind = p(NS + "deadlineKind");
    public static final Property words = p(NS + "words");
    public static final Property condition = p(NS + "condition");
    public static final Property recurrence = p(NS + "recurrence");
    public static final Property expected = p(NS + "expected");
    public static final Property citedDocument = p(NS + "citedDocument");
    public static final Property citationRelation = p(NS + "citationRelation");
    public static final Property numberAsWritten = p(NS + "numberAsWritten");
    public static final Property correction = p(NS + "correction");
    public static final Property uncertainty = p(NS + "uncertainty");
    public static final Property listNumber = p(NS + "listNumber");
    public static final String ROLE_NS = "https://w3id.org/vnpolicy/def/role/";
    public static final String DEADLINE_KIND_NS = "https://w3id.org/vnpolicy/def/deadline-kind/";

    // Numbers: RDF Data Cube observations with SDMX measure, attribute and dimension
    public static final String QB = "http://purl.org/linked-data/cube#";
    public static final String SDMX_MEASURE = "http://purl.org/linked-data/sdmx/2009/measure#";
    public static final String SDMX_ATTRIBUTE = "http://purl.org/linked-data/sdmx/2009/attribute#";
    public static final String SDMX_DIMENSION = "http://purl.org/linked-data/sdmx/2009/dimension#";
    public static final String UNIT_NS = "https://w3id.org/vnpolicy/def/unit/";
    /** The concept scheme of the units a build meets. */
    public static final Resource UnitScheme = r(UNIT_NS + "scheme");

    public static final Resource Observation = r(QB + "Observation");
    public static final Resource BudgetLine = r(NS + "BudgetLine");
    public static final Property obsValue = p(SDMX_MEASURE + "obsValue");
    public static final Property unitMeasure = p(SDMX_ATTRIBUTE + "unitMeasure");
    public static final Property refPeriod = p(SDMX_DIMENSION + "refPeriod");
    public static final Property refArea = p(SDMX_DIMENSION + "refArea");
    public static final Property budgetKind = p(NS + "budgetKind");
    public static final Resource TargetClass = r(NS + "Target");
    public static final Property indicator = p(NS + "indicator");
    public static final Property indicatorWords = p(NS + "indicatorWords");
    public static final Property comparator = p(NS + "comparator");
    public static final Property upperValue = p(NS + "upperValue");
    public static final Property unitLabel = p(NS + "unitLabel");
    public static final Property scope = p(NS + "scope");
    public static final Property valueType = p(NS + "valueType");
    public static final Property targetOf = p(NS + "targetOf");
    public static final Property leaderInCharge = p(NS + "leaderInCharge");
    public static final Property matchPattern = p(NS + "matchPattern");
    public static final Property order = p(NS + "order");
    public static final Property change = p(NS + "change");
    public static final Property baselinePeriod = p(NS + "baselinePeriod");
    public static final String COMPARATOR_NS = "https://w3id.org/vnpolicy/def/comparator/";
    public static final String CHANGE_NS = "https://w3id.org/vnpolicy/def/change/";
    public static final String VALUE_TYPE_NS = "https://w3id.org/vnpolicy/def/value-type/";
    /** The value type of a target (as opposed to a baseline). */
    public static final Resource TargetValue = r(VALUE_TYPE_NS + "target");

    public static final Property fundingSource = p(NS + "fundingSource");
    public static final Property share = p(NS + "share");
    public static final Property budgetOf = p(NS + "budgetOf");
    public static final String BUDGET_KIND_NS = "https://w3id.org/vnpolicy/def/budget-kind/";

    // OWL-Time, schema.org
    public static final String TIME = "http://www.w3.org/2006/time#";
    public static final String SCHEMA = "https://schema.org/";
    public static final Resource ProperInterval = r(TIME + "ProperInterval");
    public static final Resource Instant = r(TIME + "Instant");
    public static final Property hasBeginning = p(TIME + "hasBeginning");
    public static final Property hasEnd = p(TIME + "hasEnd");
    public static final Property inXSDDate = p(TIME + "inXSDDate");
    public static final Property schemaName = p(SCHEMA + "name");

    // Web Annotation (provenance of extracted facts)
    public static final Resource Annotation = r(OA + "Annotation");
    public static final Resource SpecificResource = r(OA + "SpecificResource");
    public static final Resource TextQuoteSelector = r(OA + "TextQuoteSelector");
    public static final Property hasBody = p(OA + "hasBody");
    public static final Property hasTarget = p(OA + "hasTarget");
    public static final Property hasSource = p(OA + "hasSource");
    public static final Property hasSelector = p(OA + "hasSelector");
    public static final Property exact = p(OA + "exact");

    // ELI
    public static final Resource LegalResource = r(ELI + "LegalResource");
    public static final Resource LegalResourceSubdivision = r(ELI + "LegalResourceSubdivision");
    public static final Property typeDocument = p(ELI + "type_document");
    public static final Property idLocal = p(ELI + "id_local");
    public static final Property number = p(ELI + "number");
    public static final Property title = p(ELI + "title");
    public static final Property dateDocument = p(ELI + "date_document");
    public static final Property passedBy = p(ELI + "passed_by");
    public static final Property eliJurisdiction = p(ELI + "jurisdiction");
    public static final Property applies = p(ELI + "applies");
    public static final Property basedOn = p(ELI + "based_on");
    public static final Property amends = p(ELI + "amends");
    public static final Property repeals = p(ELI + "repeals");
    public static final Property consolidates = p(ELI + "consolidates");
    public static final Property dateApplicability = p(ELI + "date_applicability");
    public static final Property replaces = p("http://purl.org/dc/terms/replaces");
    // Metadata read from a document's own words, and where
    public static final Resource MetadataSource = r(NS + "MetadataSource");
    public static final Property describes = p(NS + "describes");
    public static final Property property = p(NS + "property");
    public static final Property quote = p(NS + "quote");
    public static final Property sourceStart = p(NS + "start");
    public static final Property sourceEnd = p(NS + "end");
    public static final Property placeOfIssue = p(NS + "placeOfIssue");
    public static final Property signer = p(NS + "signer");
    public static final Property eliCites = p(ELI + "cites");
    public static final Property isPartOf = p(ELI + "is_part_of");
    public static final Property hasPart = p(ELI + "has_part");

    // ORG
    public static final Resource Organization = r(ORG + "Organization");
    public static final Resource ChangeEvent = r(ORG + "ChangeEvent");
    public static final Property classification = p(ORG + "classification");
    public static final Property subOrganizationOf = p(ORG + "subOrganizationOf");
    public static final Property originalOrganization = p(ORG + "originalOrganization");
    public static final Property resultingOrganization = p(ORG + "resultingOrganization");

    // Limits of the SPARQL service, in its service description
    public static final Property queryTimeout = p(NS + "queryTimeout");
    public static final Property maxResultRows = p(NS + "maxResultRows");
    public static final Property maxQueryLength = p(NS + "maxQueryLength");
    public static final Property maxRequestBytes = p(NS + "maxRequestBytes");
    public static final Property federatedQuery = p(NS + "federatedQuery");
    public static final Property clientQueryBudget = p(NS + "clientQueryBudget");
    public static final Property clientQueryBudgetRefill = p(NS + "clientQueryBudgetRefill");

    // Web Annotation
    public static final Resource TextPositionSelector = r(OA + "TextPositionSelector");
    public static final Property start = p(OA + "start");
    public static final Property end = p(OA + "end");

    // PROV, DCTERMS, SKOS
    public static final Property wasGeneratedBy = p(PROV + "wasGeneratedBy");
    public static final Property dctIdentifier = p(DCT + "identifier");
    public static final Property prefLabel = p(SKOS + "prefLabel");
    public static final Property altLabel = p(SKOS + "altLabel");
    public static final Property inScheme = p(SKOS + "inScheme");

    /**
     * The one prefix table: RDF written for people (Turtle, JSON-LD contexts, the editor) and the queries our
     * pages run use these names. Jena's standard ones (rdf, rdfs, owl, xsd, dc) and ours.
     */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("vnp", NS)
            .setNsPrefix("eli", ELI)
            .setNsPrefix("org", ORG)
            .setNsPrefix("oa", OA)
            .setNsPrefix("prov", PROV)
            .setNsPrefix("dcterms", DCT)
            .setNsPrefix("skos", SKOS)
            .setNsPrefix("schema", SCHEMA)
            .setNsPrefix("time", TIME)
            .setNsPrefix("qb", QB)
            .setNsPrefix("sdmx-measure", SDMX_MEASURE)
            .setNsPrefix("sdmx-attribute", SDMX_ATTRIBUTE)
            .setNsPrefix("sdmx-dimension", SDMX_DIMENSION)
            .lock();

    /** {@link #PREFIXES} as the start of a SPARQL query, one {@code PREFIX} line each. */
    public static final String SPARQL_PREFIXES = PREFIXES.getNsPrefixMap().entrySet().stream()
            .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n")
            .sorted()
            .reduce("", String::concat);

    private static Resource r(String iri) {
        return ResourceFactory.createResource(iri);
    }

    private static Property p(String iri) {
        return ResourceFactory.createProperty(iri);
    }
}
