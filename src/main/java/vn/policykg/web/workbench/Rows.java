package vn.policykg.web.workbench;

import java.time.LocalDate;
import org.apache.jena.rdf.model.Literal;

/** Values of optional cells of query rows: null where the row has none. */
final class Rows {

    private Rows() {}

    static String text(Literal l) {
        return l == null ? null : l.getLexicalForm();
    }

    static LocalDate date(Literal l) {
        return l == null ? null : LocalDate.parse(l.getLexicalForm());
    }
}
