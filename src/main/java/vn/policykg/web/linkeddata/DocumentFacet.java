package vn.policykg.web.linkeddata;

import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * A way to narrow the document list: its query parameter, its Vietnamese name, and the graph pattern that
 * binds {@code ?v_<parameter>} to a document {@code ?d}'s value. A document without the property simply
 * has no value (and is left out when the facet is filtered on).
 */
public enum DocumentFacet {
    KIND("kind", "Loại văn bản", ValueKind.IRI, "?d eli:type_document ?v_kind ."),
    ISSUER("issuer", "Cơ quan ban hành", ValueKind.IRI, "?d eli:passed_by ?v_issuer ."),
    YEAR(
            "year",
            "Năm ban hành",
            ValueKind.YEAR,
            "?d eli:date_document ?date_year . BIND(YEAR(?date_year) AS ?v_year)") {
        /** Years read best newest first, whatever their counts. */
        @Override
        String order() {
            return "DESC(?v_year)";
        }
    },
    JURISDICTION("jurisdiction", "Địa bàn", ValueKind.IRI, "?d eli:jurisdiction ?v_jurisdiction ."),
    TOPIC("topic", "Chủ đề", ValueKind.IRI, "?d dcterms:subject ?v_topic ."),
    CORPUS("corpus", "Toàn văn", ValueKind.BOOLEAN, "?d vnp:inCorpus ?v_corpus .");

    /** What a parameter value must look like, and the RDF term it stands for. */
    private enum ValueKind {
        IRI,
        YEAR,
        BOOLEAN
    }

    /** An absolute IRI as a link carries it: a scheme, then no spaces or characters IRIs forbid. */
    private static final Pattern IRI = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+");

    private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");

    public final String parameter;
    public final String label;
    private final ValueKind valueKind;
    private final String pattern;

    DocumentFacet(String parameter, String label, ValueKind valueKind, String pattern) {
        this.parameter = parameter;
        this.label = label;
        this.valueKind = valueKind;
        this.pattern = pattern;
    }

    /** The variable the pattern binds to the document's value. */
    String variable() {
        return "v_" + parameter;
    }

    /** The variable a filter's value is bound to. */
    String filterVariable() {
        return "f_" + parameter;
    }

    String pattern() {
        return pattern;
    }

    /** The order of the facet's values ({@code ?n}: how many documents have one): most documents first. */
    String order() {
        return "DESC(?n) ?label ?" + variable();
    }

    /**
     * The pattern keeping only documents whose value is the one bound to {@link #filterVariable()}: for a
     * term, the same triple with that term in it, which the store answers from its index; a year is computed.
     */
    String filter() {
        if (valueKind == ValueKind.YEAR) return pattern + " FILTER(?" + variable() + " = ?" + filterVariable() + ")";
        return pattern.replace("?" + variable(), "?" + filterVariable());
    }

    /** The RDF term a parameter value stands for; an {@link IllegalArgumentException} saying what is wrong otherwise. */
    RDFNode term(String value) {
        return switch (valueKind) {
            case IRI -> {
                if (!IRI.matcher(value).matches())
                    throw new IllegalArgumentException(
                            "phải là một IRI, ví dụ https://w3id.org/vnpolicy/def/document-type/decree");
                yield ResourceFactory.createResource(value);
            }
            case YEAR -> {
                if (!FOUR_DIGITS.matcher(value).matches())
                    throw new IllegalArgumentException("phải là một năm gồm 4 chữ số, ví dụ 2025");
                yield ResourceFactory.createTypedLiteral(value, XSDDatatype.XSDinteger);
            }
            case BOOLEAN -> {
                if (!value.equals("true") && !value.equals("false"))
                    throw new IllegalArgumentException("phải là true (có toàn văn) hoặc false (chỉ được trích dẫn)");
                yield ResourceFactory.createTypedLiteral(value, XSDDatatype.XSDboolean);
            }
        };
    }

    /** How a value is shown when the graph gives it no label. */
    String fallbackLabel(String value) {
        return switch (valueKind) {
            case IRI -> TermLabels.localName(value);
            case YEAR -> value;
            case BOOLEAN -> value.equals("true") ? "Có toàn văn trong kho dữ liệu" : "Văn bản được trích dẫn";
        };
    }
}
