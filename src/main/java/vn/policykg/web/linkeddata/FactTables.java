package vn.policykg.web.linkeddata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.query.QuerySolution;
import org.springframework.stereotype.Component;
import vn.policykg.store.RowValues;
import vn.policykg.web.Addresses;
import vn.policykg.web.linkeddata.PageValues.TargetRow;
import vn.policykg.web.linkeddata.PageValues.TaskRow;

/** The tables of targets and of tasks that several kinds of page show (a document's, a body's, an indicator's). */
@Component
public class FactTables {

    private final Addresses addresses;
    private final ResourceNames names;
    private final DocumentNames documents;
    private final TermLabels terms;
    private final Sparql sparql;

    public FactTables(
            Addresses addresses, ResourceNames names, DocumentNames documents, TermLabels terms, Sparql sparql) {
        this.addresses = addresses;
        this.names = names;
        this.documents = documents;
        this.terms = terms;
        this.sparql = sparql;
    }

    /** Targets matching {@code pattern} (which binds ?t from ?focus), in document and clause order. */
    List<TargetRow> targets(String pattern, String focus) {
        Map<String, TargetRow> out = new LinkedHashMap<>();
        for (QuerySolution r : sparql.select("""
                SELECT ?t ?doc ?ind ?indLabel ?area ?areaLabel ?period ?cmp ?cmpLabel ?value ?upper ?unit ?scope ?words ?clause ?path WHERE {
                  %s
                  ?t a vnp:Target ; vnp:targetOf ?doc ; vnp:indicator ?ind ; vnp:comparator ?cmp ; sdmx-measure:obsValue ?value ;
                     vnp:statedIn ?clause . ?clause vnp:numberPath ?path ; vnp:ordinal ?ord .
                  OPTIONAL { ?t vnp:upperValue ?upper } OPTIONAL { ?t vnp:unitLabel ?unit }
                  OPTIONAL { ?t sdmx-dimension:refPeriod ?period } OPTIONAL { ?t vnp:scope ?scope }
                  OPTIONAL { ?t sdmx-dimension:refArea ?area . ?area skos:prefLabel ?areaLabel FILTER(lang(?areaLabel) = 'vi') }
                  OPTIONAL { ?cmp skos:prefLabel ?cmpLabel FILTER(lang(?cmpLabel) = 'vi') }
                  OPTIONAL { ?ind skos:prefLabel ?indLabel FILTER(lang(?indLabel) = 'vi') }
                  OPTIONAL { ?ann oa:hasBody ?t ; oa:hasTarget/oa:hasSelector/oa:exact ?words }
                } ORDER BY ?doc ?path ?t""".formatted(pattern), focus)) {
            String t = RowValues.text(r, "t");
            if (out.containsKey(t)) continue;
            String doc = RowValues.text(r, "doc");
            String cmp = TermLabels.localName(RowValues.text(r, "cmp"));
            String value = number(RowValues.text(r, "value"))
                    + (r.get("upper") == null ? "" : "–" + number(RowValues.text(r, "upper")));
            String period = RowValues.text(r, "period");
            out.put(
                    t,
                    new TargetRow(
                            names.link(
                                    t,
                                    Objects.requireNonNullElse(
                                            RowValues.text(r, "indLabel"),
                                            TermLabels.localName(RowValues.text(r, "ind")))),
                            names.document(doc),
                            RowValues.text(r, "areaLabel"),
                            RowValues.text(r, "area"),
                            period,
                            symbol(cmp),
                            RowValues.text(r, "cmpLabel"),
                            value,
                            RowValues.text(r, "unit"),
                            RowValues.text(r, "scope"),
                            RowValues.text(r, "words"),
                            names.link(RowValues.text(r, "clause"), RowValues.text(r, "path")),
                            (period == null ? "" : period) + " " + documents.name(doc)));
        }
        return List.copyOf(out.values());
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

    /** Tasks matching {@code pattern} (which binds ?task and ?role from ?focus), by deadline then clause. */
    List<TaskRow> tasks(String pattern, String focus) {
        Map<String, TaskRow> out = new LinkedHashMap<>();
        for (QuerySolution r : sparql.select("""
                SELECT ?task ?role ?name ?clause ?path ?doc ?words ?due ?lead ?leadLabel WHERE {
                  %s
                  ?task a vnp:Task ; schema:name ?name ; vnp:statedIn ?clause ; vnp:document ?doc . ?clause vnp:numberPath ?path .
                  OPTIONAL { ?task vnp:deadline ?dl . ?dl vnp:words ?words OPTIONAL { ?dl time:hasEnd/time:inXSDDate ?due } }
                  OPTIONAL { ?task vnp:lead ?lead . ?lead skos:prefLabel ?leadLabel FILTER(lang(?leadLabel) = 'vi') }
                } ORDER BY ?doc ?path ?leadLabel""".formatted(pattern), focus)) {
            String t = RowValues.text(r, "task");
            TaskRow row = out.computeIfAbsent(
                    t,
                    k -> new TaskRow(
                            names.link(t, RowValues.text(r, "name")),
                            names.link(RowValues.text(r, "clause"), RowValues.text(r, "path")),
                            names.document(RowValues.text(r, "doc")),
                            terms.vi(RowValues.text(r, "role")),
                            RowValues.text(r, "words"),
                            RowValues.text(r, "due"),
                            new ArrayList<>()));
            String lead = RowValues.text(r, "lead");
            if (lead != null && row.leads().stream().noneMatch(l -> l.href().equals(addresses.href(lead))))
                row.leads().add(names.link(lead, RowValues.text(r, "leadLabel")));
        }
        return List.copyOf(out.values());
    }
}
