package vn.policykg.web.linkeddata;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.policykg.vocab.Vocab;
import vn.policykg.web.facts.FactReader;
import vn.policykg.web.linkeddata.PageValues.TargetRow;
import vn.policykg.web.linkeddata.PageValues.TaskRow;

/**
 * The tables of targets and of tasks that several kinds of page show (a document's, a body's, an indicator's), made
 * from the stored facts of {@link FactReader}.
 */
@Component
public class FactTables {

    private final FactReader facts;
    private final ResourceNames names;
    private final DocumentNames documents;
    private final TermLabels terms;

    public FactTables(FactReader facts, ResourceNames names, DocumentNames documents, TermLabels terms) {
        this.facts = facts;
        this.names = names;
        this.documents = documents;
        this.terms = terms;
    }

    /** Targets {@code selection} binds (as ?fact) from {@code focus}, in document and clause order. */
    List<TargetRow> targets(String selection, String focus) {
        return facts.targets(selection, focus).stream()
                .map(t -> new TargetRow(
                        names.link(
                                t.iri(),
                                Objects.requireNonNullElse(t.indicatorLabel(), TermLabels.localName(t.indicator()))),
                        names.document(t.document()),
                        t.areaLabel(),
                        t.area(),
                        t.period(),
                        symbol(t.comparator()),
                        t.comparatorLabel(),
                        number(t.value()) + (t.upper() == null ? "" : "–" + number(t.upper())),
                        t.unit(),
                        t.scope(),
                        t.quote(),
                        names.link(t.clause(), t.path()),
                        (t.period() == null ? "" : t.period()) + " " + documents.name(t.document())))
                .toList();
    }

    /** "2.0" → "2", "75.5" → "75,5": Vietnamese writes the decimal comma. */
    static String number(String decimal) {
        BigDecimal d = new BigDecimal(decimal).stripTrailingZeros();
        return d.toPlainString().replace('.', ',');
    }

    static String symbol(String comparator) {
        return switch (comparator) {
            case "lt" -> "<";
            case "le" -> "≤";
            case "eq" -> "=";
            case "approx" -> "≈";
            case "ge" -> "≥";
            case "gt" -> ">";
            default -> "";
        };
    }

    /**
     * Tasks {@code selection} binds (as ?fact) from {@code focus}, in document and clause order; the role shown is
     * the focus's own (on a body's page), else none.
     */
    List<TaskRow> tasks(String selection, String focus) {
        return facts.tasks(selection, focus).stream()
                .map(t -> new TaskRow(
                        names.link(t.iri(), t.name()),
                        names.link(t.clause(), t.path()),
                        names.document(t.document()),
                        t.bodies().stream()
                                .filter(b -> b.iri().equals(focus))
                                .findFirst()
                                .map(b -> terms.vi(b.role().getURI()))
                                .orElse(null),
                        t.words(),
                        t.due() == null ? null : t.due().toString(),
                        t.inRole(Vocab.lead).stream()
                                .map(b -> names.link(b.iri(), b.label()))
                                .toList()))
                .toList();
    }
}
