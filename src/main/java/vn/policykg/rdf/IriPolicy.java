package vn.policykg.rdf;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import vn.policykg.analysis.Slugs;
import vn.policykg.vocab.Vocab;

/**
 * Mints data IRIs from the identity of things, under a configurable base. Nothing here depends on
 * the order things appear in or on a counter, so adding a document or rebuilding keeps every IRI.
 * <ul>
 * <li>document: {@code {base}eli/{jurisdiction}/{type}/{year|undated}/{number|unnumbered-<key>}}</li>
 * <li>clause: {@code {document}/{eId}}; its span {@code {clause}#span}; a table cell {@code {clause}/cell_{n}}</li>
 * <li>body: {@code {base}org/{jurisdiction}/{slug of its Vietnamese name}}</li>
 * <li>jurisdiction: {@code {base}jurisdiction/{code}}</li>
 * </ul>
 */
public final class IriPolicy {

    private final String base;

    public IriPolicy(String base) {
        if (base == null || !base.matches("https?://[^\\s<>\"{}|\\\\^`]+/"))
            throw new IllegalArgumentException("The base IRI must be an http(s) IRI ending in '/': " + base);
        this.base = base;
    }

    public String base() {
        return base;
    }

    /** A manifest document description → its ELI IRI. */
    public String document(Resource doc) {
        String jurisdiction = doc.getPropertyResourceValue(Vocab.eliJurisdiction)
                .getProperty(Vocab.code)
                .getString();
        String type = doc.getProperty(Vocab.eliType).getString();
        Statement date = doc.getProperty(Vocab.dateDocument);
        String year = date == null ? "undated" : date.getString().substring(0, 4);
        Statement number = doc.getProperty(Vocab.idLocal);
        String tail = number != null
                ? Slugs.of(number.getString())
                : "unnumbered-" + Slugs.of(doc.getProperty(Vocab.identityKey).getString());
        return base + "eli/" + jurisdiction + "/" + type + "/" + year + "/" + tail;
    }

    public String clause(String documentIri, String eId) {
        return documentIri + "/" + eId;
    }

    public String span(String subjectIri) {
        return subjectIri + "#span";
    }

    public String cell(String clauseIri, int column) {
        return clauseIri + "/cell_" + column;
    }

    public String sourceText(String documentIri) {
        return documentIri + "/source";
    }

    /**
     * A body of a jurisdiction, by its canonical Vietnamese name; the province's own name is left out of
     * the slug, so "Ủy ban nhân dân tỉnh Lào Cai" and "Ủy ban nhân dân tỉnh" in a Lào Cai document are one body.
     */
    public String body(String jurisdictionCode, String provinceName, String vietnameseName) {
        String name = vietnameseName;
        if (provinceName != null && !provinceName.isEmpty() && name.endsWith(" " + provinceName))
            name = name.substring(0, name.length() - provinceName.length() - 1);
        return base + "org/" + jurisdictionCode + "/" + Slugs.of(name);
    }

    /** A document cited by its number: the ELI pattern again, from the number, type segment and year. */
    public String citedDocument(String jurisdictionCode, String eliType, Integer year, String number) {
        return base + "eli/" + jurisdictionCode + "/" + eliType + "/" + (year == null ? "undated" : year) + "/"
                + Slugs.of(number);
    }

    public String indicator(String name) {
        return base + "indicator/" + Slugs.of(name);
    }

    public String succession(String bodyIri) {
        return bodyIri + "/succession";
    }

    public String jurisdiction(String code) {
        return base + "jurisdiction/" + code;
    }

    public String build(String inputHash) {
        return base + "build/" + inputHash.substring(0, 16);
    }
}
