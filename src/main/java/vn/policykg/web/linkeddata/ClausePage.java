package vn.policykg.web.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import vn.policykg.store.RowValues;
import vn.policykg.vocab.Vocab;
import vn.policykg.web.Addresses;
import vn.policykg.web.linkeddata.PageValues.Fact;
import vn.policykg.web.linkeddata.PageValues.Link;
import vn.policykg.web.linkeddata.PageValues.TreeNode;

/** A clause's page: where it stands (trail, children, table cells), its text with the words of each fact marked, and the facts. */
@Component
class ClausePage extends PagePart {

    private static final String SCHEMA = Vocab.SCHEMA;
    private final Addresses addresses;
    private final ResourceNames names;
    private final TermLabels terms;
    private final PageQueries queries;

    ClausePage(Addresses addresses, ResourceNames names, TermLabels terms, PageQueries queries) {
        super("clause", r -> r.hasProperty(RDF.type, Vocab.LegalResourceSubdivision));
        this.addresses = addresses;
        this.names = names;
        this.terms = terms;
        this.queries = queries;
    }

    @Override
    void addTo(ModelAndView page, Resource r, Model jsonLd) {
        clause(page, r, jsonLd);
    }

    private void clause(ModelAndView page, Resource clause, Model jsonLd) {
        String iri = clause.getURI();
        String doc = clause.getPropertyResourceValue(Vocab.document).getURI();
        jsonLd.getResource(iri)
                .addProperty(RDF.type, jsonLd.createResource(SCHEMA + "Legislation"))
                .addProperty(jsonLd.createProperty(SCHEMA + "isPartOf"), jsonLd.createResource(doc));
        List<Link> trail = new ArrayList<>();
        trail.add(names.document(doc));
        for (QuerySolution r : queries.select("""
                SELECT ?a ?path WHERE { ?focus eli:is_part_of+ ?a . ?a vnp:numberPath ?path } ORDER BY STRLEN(?path)""", iri))
            trail.add(names.link(RowValues.text(r, "a"), RowValues.text(r, "path")));
        page.addObject("trail", trail);
        page.addObject("heading", ResourceNames.literal(clause, Vocab.heading, "vi"));
        page.addObject("numberPath", clause.getProperty(Vocab.numberPath).getString());
        page.addObject(
                "children",
                queries.select("""
                SELECT ?c ?path ?heading ?text WHERE { ?c eli:is_part_of ?focus ; vnp:numberPath ?path ; vnp:ordinal ?o .
                  OPTIONAL { ?c vnp:heading ?heading } OPTIONAL { ?c vnp:text ?text } } ORDER BY ?o""", iri).stream()
                        .map(r -> new TreeNode(
                                names.link(RowValues.text(r, "c"), RowValues.text(r, "path")),
                                RowValues.text(r, "heading") != null
                                        ? RowValues.text(r, "heading")
                                        : DocumentNames.shorten(
                                                Objects.requireNonNullElse(RowValues.text(r, "text"), "")
                                                        .replace('\n', ' ')),
                                List.of()))
                        .toList());
        page.addObject(
                "cells",
                queries.select("""
                SELECT ?heading ?value WHERE { ?focus vnp:cell ?cell . ?cell vnp:columnIndex ?i ; rdf:value ?value .
                  OPTIONAL { ?cell vnp:columnHeading ?heading } } ORDER BY ?i""", iri).stream()
                        .map(r -> new Link(
                                Objects.requireNonNullElse(RowValues.text(r, "heading"), ""),
                                RowValues.text(r, "value")))
                        .toList());
        String text = ResourceNames.literal(clause, Vocab.text, "vi");
        Statement spanStart = clause.getModel().getResource(iri + "#span").getProperty(Vocab.start);
        List<Fact> facts = new ArrayList<>();
        List<Highlighter.Mark> marks = new ArrayList<>();
        int n = 0;
        for (QuerySolution r : queries.select("""
                SELECT ?f ?type ?start ?words ?name ?ind ?num ?dlwords ?role ?bodyLabel WHERE {
                  ?f vnp:statedIn ?focus ; a ?type . ?ann oa:hasBody ?f ; oa:hasTarget ?tg .
                  ?tg oa:hasSelector ?ps , ?qs . ?ps oa:start ?start . ?qs oa:exact ?words .
                  FILTER(?type IN (vnp:Task, vnp:Target, vnp:Citation, vnp:BudgetLine, vnp:RoleAssignment, time:ProperInterval))
                  OPTIONAL { ?f schema:name ?name }
                  OPTIONAL { ?f vnp:indicator/skos:prefLabel ?ind FILTER(lang(?ind) = 'vi') }
                  OPTIONAL { ?f vnp:numberAsWritten ?num }
                  OPTIONAL { ?f vnp:words ?dlwords }
                  OPTIONAL { ?f vnp:role ?role ; vnp:body/skos:prefLabel ?bodyLabel FILTER(lang(?bodyLabel) = 'vi') }
                } ORDER BY ?start ?f""", iri)) {
            String f = RowValues.text(r, "f");
            if (facts.stream().anyMatch(x -> x.link().href().equals(addresses.href(f)))) continue;
            String type = TermLabels.localName(RowValues.text(r, "type"));
            String kind = terms.vi(RowValues.text(r, "type"));
            String name = switch (type) {
                case "Task" -> RowValues.text(r, "name");
                case "Target" -> RowValues.text(r, "ind");
                case "Citation" -> RowValues.text(r, "num");
                case "ProperInterval" -> RowValues.text(r, "dlwords");
                case "RoleAssignment" -> terms.vi(RowValues.text(r, "role")) + ": " + RowValues.text(r, "bodyLabel");
                default -> RowValues.text(r, "name");
            };
            String id = "fact-" + (++n);
            String words = RowValues.text(r, "words");
            int[] at = null;
            // The task's words are the whole clause: marking them would mark everything.
            if (text != null && spanStart != null && !type.equals("Task"))
                at = Highlighter.locate(text, words, Integer.parseInt(RowValues.text(r, "start")) - spanStart.getInt());
            if (at != null) marks.add(new Highlighter.Mark(id, kind + ": " + name, at[0], at[1]));
            facts.add(new Fact(
                    id,
                    kind,
                    names.link(f, Objects.requireNonNullElse(name, TermLabels.localName(f))),
                    words,
                    at != null || type.equals("Task")));
        }
        page.addObject("segments", text == null ? List.of() : Highlighter.segments(text, marks));
        page.addObject("facts", facts);
    }
}
