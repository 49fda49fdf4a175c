package vn.policykg.web.linkeddata;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import vn.policykg.web.Addresses;
import vn.policykg.vocab.Vocab;
import vn.policykg.web.linkeddata.PageValues.Block;
import vn.policykg.web.linkeddata.PageValues.Fact;
import vn.policykg.web.linkeddata.PageValues.Link;
import vn.policykg.web.linkeddata.PageValues.Row;
import vn.policykg.web.linkeddata.PageValues.TargetRow;
import vn.policykg.web.linkeddata.PageValues.TaskRow;
import vn.policykg.web.linkeddata.PageValues.TreeNode;
import vn.policykg.web.linkeddata.PageValues.Value;

/**
 * The HTML page of a resource: what every page has (names, the resource's statements with their
 * objects named, its RDF forms, embedded JSON-LD, the source words behind it) and, by kind, what a
 * reader of a document, clause, agency, indicator, task or target comes for.
 */
@Component
public class ResourcePages {

    private static final String SCHEMA = Vocab.SCHEMA;

    private final Addresses addresses;
    private final Descriptions descriptions;
    private final TermLabels terms;
    private final DocumentNames documents;
    private final Sparql sparql;
    private final DocumentMetadata metadata;
    private final TargetChart chart = new TargetChart();

    public ResourcePages(Addresses addresses, Descriptions descriptions, TermLabels terms, DocumentNames documents, Sparql sparql,
                         DocumentMetadata metadata) {
        this.addresses = addresses;
        this.descriptions = descriptions;
        this.terms = terms;
        this.documents = documents;
        this.sparql = sparql;
        this.metadata = metadata;
    }

    /** What a page shows besides what every page has; each but GENERIC has its part in resource/{kind}.html. */
    private enum Kind { ONTOLOGY, DOCUMENT, CLAUSE, AGENCY, INDICATOR, TASK, GENERIC }

    public ModelAndView page(String iri) {
        Model m = descriptions.describe(iri);
        Resource r = m.getResource(iri);
        Kind kind = kind(r);
        ModelAndView page = new ModelAndView("resource/page");
        page.addObject("kind", kind.name().toLowerCase(Locale.ROOT));
        Model jsonLd = ModelFactory.createDefaultModel().add(m);
        page.addObject("iri", iri);
        page.addObject("path", addresses.path(iri));
        page.addObject("title", label(r));
        page.addObject("titleEn", english(r));
        page.addObject("types", r.listProperties(RDF.type).toList().stream().map(s -> link(s.getResource())).toList());
        page.addObject("alternates", Representation.RDF.stream()
            .map(f -> new PageValues.Alternate(f.label, f.mediaType, addresses.path(iri) + "." + f.extension)).toList());
        page.addObject("blocks", blocks(m, iri));
        page.addObject("quote", quote(m, iri));
        page.addObject("notes", literals(r, Vocab.qualityNote));
        switch (kind) {
            case DOCUMENT -> document(page, r, jsonLd);
            case CLAUSE -> clause(page, r, jsonLd);
            case AGENCY -> agency(page, iri);
            case INDICATOR -> indicator(page, iri);
            case TASK -> task(page, iri);
            case ONTOLOGY -> ontology(page);
            case GENERIC -> { }
        }
        page.addObject("jsonLd", jsonLdScript(jsonLd));
        return page;
    }

    private Kind kind(Resource r) {
        if (r.getURI().equals(Addresses.ONTOLOGY)) return Kind.ONTOLOGY;
        if (r.hasProperty(RDF.type, Vocab.LegalResource)) return Kind.DOCUMENT;
        if (r.hasProperty(RDF.type, Vocab.LegalResourceSubdivision)) return Kind.CLAUSE;
        if (r.hasProperty(RDF.type, Vocab.Organization)) return Kind.AGENCY;
        if (r.hasProperty(RDF.type, Vocab.Task)) return Kind.TASK;
        if (r.hasProperty(RDF.type, SKOS.Concept) && r.hasProperty(Vocab.inScheme, r.getModel().getResource(addresses.base() + "indicator")))
            return Kind.INDICATOR;
        return Kind.GENERIC;
    }

    // ------------------------------------------------------------------ what every page has

    /** The resource's statements, then those of its fragments, objects named. */
    private List<Block> blocks(Model m, String iri) {
        List<Resource> subjects = m.listSubjects().filterKeep(s -> s.isURIResource()
            && Descriptions.withoutFragment(s.getURI()).equals(iri)).toList();
        subjects.sort(Comparator.comparing((Resource s) -> !s.getURI().equals(iri)).thenComparing(Resource::getURI));
        List<Block> out = new ArrayList<>();
        for (Resource s : subjects) {
            Map<String, List<Value>> byProperty = new TreeMap<>(Comparator.comparing((String p) -> !p.equals(RDF.type.getURI()))
                .thenComparing(p -> terms.vi(p)).thenComparing(p -> p));
            for (Statement st : s.listProperties().toList())
                byProperty.computeIfAbsent(st.getPredicate().getURI(), k -> new ArrayList<>()).add(value(st.getObject()));
            List<Row> rows = byProperty.entrySet().stream().map(e -> new Row(terms.vi(e.getKey()), terms.of(e.getKey()).en(),
                e.getKey(), addresses.href(e.getKey()), e.getValue().stream().sorted(Comparator.comparing(Value::text)).toList())).toList();
            out.add(new Block(s.getURI(), rows));
        }
        return out;
    }

    private Value value(RDFNode o) {
        if (o.isLiteral())
            return new Value(o.asLiteral().getLexicalForm(), null, o.asLiteral().getLanguage());
        Resource r = o.asResource();
        return new Value(label(r), addresses.href(r.getURI()), "");
    }

    /** The best name of a resource: its Vietnamese label, title or name, a clause's number, a term's label. */
    String label(Resource r) {
        if (r.hasProperty(RDF.type, Vocab.LegalResource))
            return documents.name(r.getURI());
        for (Property p : List.of(SKOS.prefLabel, Vocab.schemaName, RDFS.label)) {
            String vi = literal(r, p, "vi");
            if (vi != null)
                return vi;
        }
        Statement path = r.getProperty(Vocab.numberPath);
        if (path != null) {
            String heading = literal(r, Vocab.heading, "vi");
            return "Mục " + path.getString() + (heading == null ? "" : " – " + heading);
        }
        for (Property p : List.of(SKOS.prefLabel, Vocab.title, Vocab.schemaName, RDFS.label)) {
            Statement s = r.getProperty(p);
            if (s != null && s.getObject().isLiteral())
                return s.getString();
        }
        return r.isURIResource() ? terms.vi(r.getURI()) : r.toString();
    }

    private static String english(Resource r) {
        for (Property p : List.of(SKOS.prefLabel, Vocab.title, SKOS.altLabel, RDFS.label)) {
            String en = literal(r, p, "en");
            if (en != null)
                return en;
        }
        return null;
    }

    static String literal(Resource r, Property p, String lang) {
        return r.listProperties(p).toList().stream().map(Statement::getObject)
            .filter(o -> o.isLiteral() && lang.equals(o.asLiteral().getLanguage()))
            .map(o -> o.asLiteral().getString()).findFirst().orElse(null);
    }

    private static List<String> literals(Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(s -> s.getObject().asLiteral().getString()).sorted().toList();
    }

    private Link link(Resource r) {
        return new Link(label(r), addresses.href(r.getURI()));
    }

    private Link link(String iri, String text) {
        return new Link(text, addresses.href(iri));
    }

    /** The exact source words behind a fact ({@code #quote}), if it is one. */
    private static String quote(Model m, String iri) {
        Statement exact = m.getResource(iri + "#quote").getProperty(Vocab.exact);
        return exact == null ? null : exact.getString();
    }

    /**
     * The embedded JSON-LD: the resource's RDF (and, for documents, its schema.org Legislation view), in
     * expanded form: compacting it against the prefixes (what the .jsonld representation does) took 7 of a
     * document page's 9 ms; machines that read the script expand it anyway.
     * It goes into the page unescaped by the template, so every '<' is written as \u003c: JSON allows that
     * only inside strings, where it means the same, and no "</script>" can end the element early.
     */
    private static String jsonLdScript(Model m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, RDFFormat.JSONLD11_PLAIN);
        return out.toString(StandardCharsets.UTF_8).replace("<", "\\u003c");
    }

    // ------------------------------------------------------------------ documents

    private void document(ModelAndView page, Resource doc, Model jsonLd) {
        String iri = doc.getURI();
        Resource legislation = jsonLd.getResource(iri).addProperty(RDF.type, jsonLd.createResource(SCHEMA + "Legislation"))
            .addProperty(jsonLd.createProperty(SCHEMA + "url"), jsonLd.createResource(iri));
        copy(doc, Vocab.title, legislation, SCHEMA + "name");
        copy(doc, Vocab.idLocal, legislation, SCHEMA + "legislationIdentifier");
        copy(doc, Vocab.dateDocument, legislation, SCHEMA + "legislationDate");
        for (Statement s : doc.listProperties(Vocab.eliJurisdiction).toList())
            legislation.addProperty(jsonLd.createProperty(SCHEMA + "legislationJurisdiction"), label(s.getResource()));
        for (Statement s : doc.listProperties(Vocab.passedBy).toList())
            legislation.addProperty(jsonLd.createProperty(SCHEMA + "legislationPassedBy"), s.getResource());
        for (Statement s : doc.listProperties(Vocab.applies).toList())
            legislation.addProperty(jsonLd.createProperty(SCHEMA + "legislationApplies"), s.getResource());
        page.addObject("fullTitle", literal(doc, Vocab.title, "vi"));
        page.addObject("metadata", metadata.of(iri));
        page.addObject("tree", tree(iri));
        page.addObject("citesOut", citations("""
            ?m a vnp:Citation ; vnp:citedDocument ?other ; vnp:statedIn ?clause ; vnp:citationRelation ?rel .
            ?clause vnp:document ?focus ; vnp:numberPath ?path . FILTER(?other != ?focus)""", iri));
        page.addObject("citesIn", citations("""
            ?m a vnp:Citation ; vnp:citedDocument ?focus ; vnp:statedIn ?clause ; vnp:citationRelation ?rel .
            ?clause vnp:document ?other ; vnp:numberPath ?path . FILTER(?other != ?focus)""", iri));
        page.addObject("targets", targets("?t vnp:targetOf ?focus .", iri));
        page.addObject("tasks", tasks("?task vnp:document ?focus . BIND(vnp:document AS ?role)", iri));
    }

    private static void copy(Resource from, Property p, Resource to, String property) {
        for (Statement s : from.listProperties(p).toList())
            to.addProperty(to.getModel().createProperty(property), s.getObject());
    }

    /** The clause tree of a document, in document order. */
    private List<TreeNode> tree(String doc) {
        List<QuerySolution> rows = sparql.select("""
            SELECT ?c ?parent ?path ?heading ?text ?ord WHERE {
              ?c vnp:document ?focus ; eli:is_part_of ?parent ; vnp:numberPath ?path ; vnp:ordinal ?ord .
              OPTIONAL { ?c vnp:heading ?heading } OPTIONAL { ?c vnp:text ?text } } ORDER BY ?ord""", doc);
        Map<String, List<String[]>> children = new LinkedHashMap<>();
        for (QuerySolution r : rows) {
            String heading = Sparql.str(r, "heading");
            String text = Sparql.str(r, "text");
            String summary = heading != null ? heading : text == null ? "" : DocumentNames.shorten(text.replace('\n', ' '));
            children.computeIfAbsent(Sparql.str(r, "parent"), k -> new ArrayList<>())
                .add(new String[] {Sparql.str(r, "c"), Sparql.str(r, "path"), summary});
        }
        return subtree(doc, children);
    }

    private List<TreeNode> subtree(String parent, Map<String, List<String[]>> children) {
        return children.getOrDefault(parent, List.of()).stream()
            .map(c -> new TreeNode(link(c[0], c[1]), c[2], subtree(c[0], children))).toList();
    }

    /** Documents citing or cited, each with the relation and the clauses that say it. */
    public record CitationGroup(Link document, List<String> relations, List<Link> clauses) {}

    private List<CitationGroup> citations(String pattern, String doc) {
        Map<String, CitationGroup> out = new TreeMap<>();
        for (QuerySolution r : sparql.select("SELECT ?other ?rel ?clause ?path WHERE { " + pattern + " } ORDER BY ?path", doc)) {
            String other = Sparql.str(r, "other");
            CitationGroup g = out.computeIfAbsent(documents.name(other) + other,
                k -> new CitationGroup(link(other, documents.name(other)), new ArrayList<>(), new ArrayList<>()));
            String rel = terms.vi(Sparql.str(r, "rel"));
            if (!g.relations().contains(rel))
                g.relations().add(rel);
            Link clause = link(Sparql.str(r, "clause"), Sparql.str(r, "path"));
            if (!g.clauses().contains(clause))
                g.clauses().add(clause);
        }
        return List.copyOf(out.values());
    }

    // ------------------------------------------------------------------ targets and tasks, shared by several pages

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
            String t = Sparql.str(r, "t");
            if (out.containsKey(t))
                continue;
            String doc = Sparql.str(r, "doc");
            String cmp = TermLabels.localName(Sparql.str(r, "cmp"));
            String value = number(Sparql.str(r, "value")) + (r.get("upper") == null ? "" : "–" + number(Sparql.str(r, "upper")));
            String period = Sparql.str(r, "period");
            out.put(t, new TargetRow(link(t, Objects.requireNonNullElse(Sparql.str(r, "indLabel"), TermLabels.localName(Sparql.str(r, "ind")))),
                link(doc, documents.name(doc)), Sparql.str(r, "areaLabel"), Sparql.str(r, "area"), period,
                symbol(cmp), Sparql.str(r, "cmpLabel"), value, Sparql.str(r, "unit"), Sparql.str(r, "scope"), Sparql.str(r, "words"),
                link(Sparql.str(r, "clause"), Sparql.str(r, "path")),
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
            String t = Sparql.str(r, "task");
            TaskRow row = out.computeIfAbsent(t, k -> new TaskRow(link(t, Sparql.str(r, "name")),
                link(Sparql.str(r, "clause"), Sparql.str(r, "path")), link(Sparql.str(r, "doc"), documents.name(Sparql.str(r, "doc"))),
                terms.vi(Sparql.str(r, "role")), Sparql.str(r, "words"), Sparql.str(r, "due"), new ArrayList<>()));
            String lead = Sparql.str(r, "lead");
            if (lead != null && row.leads().stream().noneMatch(l -> l.href().equals(addresses.href(lead))))
                row.leads().add(link(lead, Sparql.str(r, "leadLabel")));
        }
        return List.copyOf(out.values());
    }

    // ------------------------------------------------------------------ clauses

    private void clause(ModelAndView page, Resource clause, Model jsonLd) {
        String iri = clause.getURI();
        String doc = clause.getPropertyResourceValue(Vocab.document).getURI();
        jsonLd.getResource(iri).addProperty(RDF.type, jsonLd.createResource(SCHEMA + "Legislation"))
            .addProperty(jsonLd.createProperty(SCHEMA + "isPartOf"), jsonLd.createResource(doc));
        List<Link> trail = new ArrayList<>();
        trail.add(link(doc, documents.name(doc)));
        for (QuerySolution r : sparql.select("""
                SELECT ?a ?path WHERE { ?focus eli:is_part_of+ ?a . ?a vnp:numberPath ?path } ORDER BY STRLEN(?path)""", iri))
            trail.add(link(Sparql.str(r, "a"), Sparql.str(r, "path")));
        page.addObject("trail", trail);
        page.addObject("heading", literal(clause, Vocab.heading, "vi"));
        page.addObject("numberPath", clause.getProperty(Vocab.numberPath).getString());
        page.addObject("children", sparql.select("""
                SELECT ?c ?path ?heading ?text WHERE { ?c eli:is_part_of ?focus ; vnp:numberPath ?path ; vnp:ordinal ?o .
                  OPTIONAL { ?c vnp:heading ?heading } OPTIONAL { ?c vnp:text ?text } } ORDER BY ?o""", iri).stream()
            .map(r -> new TreeNode(link(Sparql.str(r, "c"), Sparql.str(r, "path")),
                Sparql.str(r, "heading") != null ? Sparql.str(r, "heading")
                    : DocumentNames.shorten(Objects.requireNonNullElse(Sparql.str(r, "text"), "").replace('\n', ' ')), List.of()))
            .toList());
        page.addObject("cells", sparql.select("""
                SELECT ?heading ?value WHERE { ?focus vnp:cell ?cell . ?cell vnp:columnIndex ?i ; rdf:value ?value .
                  OPTIONAL { ?cell vnp:columnHeading ?heading } } ORDER BY ?i""", iri).stream()
            .map(r -> new Link(Objects.requireNonNullElse(Sparql.str(r, "heading"), ""), Sparql.str(r, "value"))).toList());
        String text = literal(clause, Vocab.text, "vi");
        Statement spanStart = clause.getModel().getResource(iri + "#span").getProperty(Vocab.start);
        List<Fact> facts = new ArrayList<>();
        List<Highlighter.Mark> marks = new ArrayList<>();
        int n = 0;
        for (QuerySolution r : sparql.select("""
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
            String f = Sparql.str(r, "f");
            if (facts.stream().anyMatch(x -> x.link().href().equals(addresses.href(f))))
                continue;
            String type = TermLabels.localName(Sparql.str(r, "type"));
            String kind = terms.vi(Sparql.str(r, "type"));
            String name = switch (type) {
                case "Task" -> Sparql.str(r, "name");
                case "Target" -> Sparql.str(r, "ind");
                case "Citation" -> Sparql.str(r, "num");
                case "ProperInterval" -> Sparql.str(r, "dlwords");
                case "RoleAssignment" -> terms.vi(Sparql.str(r, "role")) + ": " + Sparql.str(r, "bodyLabel");
                default -> Sparql.str(r, "name");
            };
            String id = "fact-" + (++n);
            String words = Sparql.str(r, "words");
            int[] at = null;
            // The task's words are the whole clause: marking them would mark everything.
            if (text != null && spanStart != null && !type.equals("Task"))
                at = Highlighter.locate(text, words, Integer.parseInt(Sparql.str(r, "start")) - spanStart.getInt());
            if (at != null)
                marks.add(new Highlighter.Mark(id, kind + ": " + name, at[0], at[1]));
            facts.add(new Fact(id, kind, link(f, Objects.requireNonNullElse(name, TermLabels.localName(f))), words,
                at != null || type.equals("Task")));
        }
        page.addObject("segments", text == null ? List.of() : Highlighter.segments(text, marks));
        page.addObject("facts", facts);
    }

    // ------------------------------------------------------------------ the ontology

    /** A class or property of the ontology, or a concept of one of its schemes, for the reference page. */
    public record Term(String id, String href, String kind, String vi, String en, String comment,
                       List<Link> domain, List<Link> range, List<Link> parents) {}

    private void ontology(ModelAndView page) {
        Map<String, Term> terms = new LinkedHashMap<>();
        for (QuerySolution r : sparql.select("""
                SELECT ?t ?kind ?vi ?en ?comment ?domain ?range ?parent WHERE {
                  VALUES ?kind { owl:Class owl:ObjectProperty owl:DatatypeProperty skos:Concept skos:ConceptScheme }
                  ?t a ?kind FILTER(STRSTARTS(STR(?t), STR(?focus)))
                  OPTIONAL { ?t rdfs:label|skos:prefLabel ?vi FILTER(lang(?vi) = 'vi') }
                  OPTIONAL { ?t rdfs:label|skos:prefLabel ?en FILTER(lang(?en) = 'en') }
                  OPTIONAL { ?t rdfs:comment|skos:definition ?comment }
                  OPTIONAL { ?t rdfs:domain ?domain } OPTIONAL { ?t rdfs:range ?range }
                  OPTIONAL { ?t rdfs:subClassOf|rdfs:subPropertyOf|skos:inScheme ?parent }
                } ORDER BY ?kind ?t""", Addresses.ONTOLOGY)) {
            String t = Sparql.str(r, "t");
            Term term = terms.computeIfAbsent(t, k -> new Term(TermLabels.localName(t), addresses.href(t),
                TermLabels.localName(Sparql.str(r, "kind")), Sparql.str(r, "vi"), Sparql.str(r, "en"), Sparql.str(r, "comment"),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
            addTerm(term.domain(), Sparql.str(r, "domain"));
            addTerm(term.range(), Sparql.str(r, "range"));
            addTerm(term.parents(), Sparql.str(r, "parent"));
        }
        Map<String, List<Term>> byKind = new LinkedHashMap<>();
        for (String kind : List.of("Class", "ObjectProperty", "DatatypeProperty", "ConceptScheme", "Concept"))
            byKind.put(kind, terms.values().stream().filter(t -> t.kind().equals(kind)).toList());
        page.addObject("terms", byKind);
        page.addObject("turtle", Addresses.ONTOLOGY_PATH + ".ttl");
    }

    private void addTerm(List<Link> to, String iri) {
        if (iri != null && to.stream().noneMatch(l -> l.href().equals(addresses.href(iri))))
            to.add(new Link(terms.vi(iri), addresses.href(iri)));
    }

    // ------------------------------------------------------------------ agencies, indicators, tasks

    private void agency(ModelAndView page, String iri) {
        page.addObject("tasks", tasks("VALUES ?role { vnp:lead vnp:coordinating vnp:directing } ?task ?role ?focus .", iri));
        page.addObject("targets", targets("{ ?t vnp:lead ?focus } UNION { ?t vnp:coordinating ?focus }", iri));
        page.addObject("passed", sparql.select("SELECT ?d WHERE { ?d eli:passed_by ?focus } ORDER BY ?d", iri).stream()
            .map(r -> link(Sparql.str(r, "d"), documents.name(Sparql.str(r, "d")))).toList());
        page.addObject("successions", sparql.select("""
                SELECT ?e ?other WHERE { { ?e org:originalOrganization ?focus ; org:resultingOrganization ?other }
                  UNION { ?e org:resultingOrganization ?focus ; org:originalOrganization ?other } }""", iri).stream()
            .map(r -> link(Sparql.str(r, "other"), label(descriptions.describe(Sparql.str(r, "other")).getResource(Sparql.str(r, "other")))))
            .toList());
    }

    /** One province's line of targets for an indicator, in the order its programmes set them. */
    public record Movement(String province, List<Link> steps) {}

    private void indicator(ModelAndView page, String iri) {
        Map<String, String> successor = new LinkedHashMap<>();
        Map<String, String> provinceNames = new LinkedHashMap<>();
        List<String> mergers = new ArrayList<>();
        for (QuerySolution r : sparql.select("""
                SELECT ?j ?label ?next ?nextLabel ?ceased WHERE { ?j dcterms:isReplacedBy ?next ; skos:prefLabel ?label .
                  ?next skos:prefLabel ?nextLabel . OPTIONAL { ?j vnp:ceasedOn ?ceased }
                  FILTER(lang(?label) = 'vi' && lang(?nextLabel) = 'vi') }""")) {
            successor.put(Sparql.str(r, "j"), Sparql.str(r, "next"));
            provinceNames.put(Sparql.str(r, "next"), Sparql.str(r, "nextLabel"));
            mergers.add(Sparql.str(r, "label") + " → " + Sparql.str(r, "nextLabel")
                + (r.get("ceased") == null ? "" : " (từ " + Sparql.str(r, "ceased") + ")"));
        }
        // A merged province's programmes came before its successor's; within a province, earlier years first.
        Comparator<TargetRow> order = Comparator
            .comparing((TargetRow t) -> successor.getOrDefault(Objects.toString(t.provinceIri(), ""), Objects.toString(t.provinceIri(), "")))
            .thenComparing(t -> !successor.containsKey(Objects.toString(t.provinceIri(), "")))
            .thenComparing(TargetRow::sortKey);
        List<TargetRow> rows = targets("?t vnp:indicator ?focus .", iri).stream().sorted(order).toList();
        Map<String, Movement> movements = new LinkedHashMap<>();
        rows.forEach(t -> provinceNames.putIfAbsent(Objects.toString(t.provinceIri(), ""), Objects.toString(t.province(), "")));
        for (TargetRow t : rows) {
            String line = successor.getOrDefault(Objects.toString(t.provinceIri(), ""), Objects.toString(t.provinceIri(), ""));
            movements.computeIfAbsent(line, k -> new Movement(provinceNames.get(k), new ArrayList<>()))
                .steps().add(new Link(t.document().text() + (t.period() == null ? "" : ", " + t.period()) + ": "
                    + (t.comparator() + " " + t.value() + " " + Objects.toString(t.unit(), "")).strip(), t.target().href()));
        }
        page.addObject("targets", rows.stream().sorted(Comparator.comparing(TargetRow::sortKey)).toList());
        page.addObject("chart", chart.draw(rows.stream().sorted(Comparator.comparing(TargetRow::sortKey)).toList()));
        page.addObject("movements", List.copyOf(movements.values()));
        page.addObject("successors", mergers);
    }

    private void task(ModelAndView page, String iri) {
        page.addObject("deadline", sparql.select("""
                SELECT ?words ?start ?end ?condition ?kind WHERE { ?focus vnp:deadline ?dl . ?dl vnp:words ?words .
                  OPTIONAL { ?dl time:hasBeginning/time:inXSDDate ?start } OPTIONAL { ?dl time:hasEnd/time:inXSDDate ?end }
                  OPTIONAL { ?dl vnp:condition ?condition } OPTIONAL { ?dl vnp:deadlineKind ?kind } }""", iri).stream()
            .findFirst().map(r -> Map.of("words", Sparql.str(r, "words"),
                "start", Objects.requireNonNullElse(Sparql.str(r, "start"), ""),
                "end", Objects.requireNonNullElse(Sparql.str(r, "end"), ""),
                "condition", Objects.requireNonNullElse(Sparql.str(r, "condition"), ""),
                "kind", r.get("kind") == null ? "" : terms.vi(Sparql.str(r, "kind")))).orElse(null));
        Map<String, List<Link>> roles = new LinkedHashMap<>();
        for (Property p : List.of(Vocab.lead, Vocab.coordinating, Vocab.directing))
            roles.put(terms.vi(p.getURI()), new ArrayList<>());
        for (QuerySolution r : sparql.select("""
                SELECT ?p ?b ?label WHERE { VALUES ?p { vnp:lead vnp:coordinating vnp:directing } ?focus ?p ?b .
                  ?b skos:prefLabel ?label FILTER(lang(?label) = 'vi') } ORDER BY ?label""", iri))
            roles.get(terms.vi(Sparql.str(r, "p"))).add(link(Sparql.str(r, "b"), Sparql.str(r, "label")));
        page.addObject("roles", roles);
    }
}
