package vn.policykg.store;

import java.time.LocalDate;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/** The values of a query row's cells as pages and exports use them: null where the row leaves a variable unbound. */
public final class RowValues {

    private RowValues() {}

    /** A literal's lexical form, an IRI, or a blank node's label; null when {@code var} is unbound. */
    public static String text(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null) return null;
        return n.isLiteral()
                ? n.asLiteral().getLexicalForm()
                : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    /** An {@code xsd:date} cell; null when {@code var} is unbound. */
    public static LocalDate date(QuerySolution row, String var) {
        String text = text(row, var);
        return text == null ? null : LocalDate.parse(text);
    }
}
