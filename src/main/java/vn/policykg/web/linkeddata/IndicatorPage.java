package vn.policykg.web.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import vn.policykg.store.RowValues;
import vn.policykg.vocab.Vocab;
import vn.policykg.web.Addresses;
import vn.policykg.web.linkeddata.PageValues.Link;
import vn.policykg.web.linkeddata.PageValues.TargetRow;

/** An indicator's page: every target set for it, as a table, a chart and each province's line through the 2025 mergers. */
@Component
class IndicatorPage extends PagePart {

    private final TargetChart chart = new TargetChart();
    private final Addresses addresses;
    private final FactTables facts;
    private final PageQueries queries;

    IndicatorPage(Addresses addresses, FactTables facts, PageQueries queries) {
        super(
                "indicator",
                r -> r.hasProperty(RDF.type, SKOS.Concept)
                        && r.hasProperty(Vocab.inScheme, r.getModel().getResource(addresses.base() + "indicator")));
        this.addresses = addresses;
        this.facts = facts;
        this.queries = queries;
    }

    @Override
    void addTo(ModelAndView page, Resource r, Model jsonLd) {
        indicator(page, r.getURI());
    }

    /** One province's line of targets for an indicator, in the order its programmes set them. */
    public record Movement(String province, List<Link> steps) {}

    private void indicator(ModelAndView page, String iri) {
        Map<String, String> successor = new LinkedHashMap<>();
        Map<String, String> provinceNames = new LinkedHashMap<>();
        List<String> mergers = new ArrayList<>();
        for (QuerySolution r : queries.select("""
                SELECT ?j ?label ?next ?nextLabel ?ceased WHERE { ?j dcterms:isReplacedBy ?next ; skos:prefLabel ?label .
                  ?next skos:prefLabel ?nextLabel . OPTIONAL { ?j vnp:ceasedOn ?ceased }
                  FILTER(lang(?label) = 'vi' && lang(?nextLabel) = 'vi') }""")) {
            successor.put(RowValues.text(r, "j"), RowValues.text(r, "next"));
            provinceNames.put(RowValues.text(r, "next"), RowValues.text(r, "nextLabel"));
            mergers.add(RowValues.text(r, "label") + " → " + RowValues.text(r, "nextLabel")
                    + (r.get("ceased") == null ? "" : " (từ " + RowValues.text(r, "ceased") + ")"));
        }
        // A merged province's programmes came before its successor's; within a province, earlier years first.
        Comparator<TargetRow> order = Comparator.comparing((TargetRow t) -> successor.getOrDefault(
                        Objects.toString(t.provinceIri(), ""), Objects.toString(t.provinceIri(), "")))
                .thenComparing(t -> !successor.containsKey(Objects.toString(t.provinceIri(), "")))
                .thenComparing(TargetRow::sortKey);
        List<TargetRow> rows = facts.targets("?fact vnp:indicator ?focus .", iri).stream()
                .sorted(order)
                .toList();
        Map<String, Movement> movements = new LinkedHashMap<>();
        rows.forEach(t ->
                provinceNames.putIfAbsent(Objects.toString(t.provinceIri(), ""), Objects.toString(t.province(), "")));
        for (TargetRow t : rows) {
            String line = successor.getOrDefault(
                    Objects.toString(t.provinceIri(), ""), Objects.toString(t.provinceIri(), ""));
            movements
                    .computeIfAbsent(line, k -> new Movement(provinceNames.get(k), new ArrayList<>()))
                    .steps()
                    .add(new Link(
                            t.document().text() + (t.period() == null ? "" : ", " + t.period()) + ": "
                                    + (t.comparator() + " " + t.value() + " " + Objects.toString(t.unit(), "")).strip(),
                            t.target().href()));
        }
        page.addObject(
                "targets",
                rows.stream().sorted(Comparator.comparing(TargetRow::sortKey)).toList());
        page.addObject(
                "chart",
                chart.draw(rows.stream()
                        .sorted(Comparator.comparing(TargetRow::sortKey))
                        .toList()));
        page.addObject("movements", List.copyOf(movements.values()));
        page.addObject("successors", mergers);
    }
}
