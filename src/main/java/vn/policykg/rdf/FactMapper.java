package vn.policykg.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import vn.policykg.analysis.Slugs;
import vn.policykg.extract.BudgetLine;
import vn.policykg.extract.Citation;
import vn.policykg.extract.Deadline;
import vn.policykg.extract.DocumentFacts;
import vn.policykg.extract.IndicatorScheme;
import vn.policykg.extract.RoleAssignment;
import vn.policykg.extract.Target;
import vn.policykg.extract.Task;
import vn.policykg.source.Clause;
import vn.policykg.source.SourceText;
import vn.policykg.vocab.Vocab;

/**
 * Extracted facts → RDF, each with the words it came from (a Web Annotation whose target selects the
 * span of the source text, by position and by quote).
 */
final class FactMapper {

    /** What the mapper knows about the document being mapped. */
    record DocumentScope(Resource document, Resource source, SourceText text, String jurisdiction, String province) {}

    private final IriPolicy iris;
    private final Model out;
    private final Resource build;
    private final CitedDocuments cited;
    private final BodyRegistry bodies;

    private final IndicatorScheme indicators;

    FactMapper(
            IriPolicy iris,
            Model out,
            Resource build,
            CitedDocuments cited,
            IndicatorScheme indicators,
            BodyRegistry bodies) {
        this.iris = iris;
        this.out = out;
        this.build = build;
        this.cited = cited;
        this.indicators = indicators;
        this.bodies = bodies;
    }

    void map(DocumentScope scope, DocumentFacts facts) {
        for (Citation c : facts.citations()) citation(scope, c);
        for (Task t : facts.tasks()) task(scope, t);
        targets(scope, facts.targets());
        budget(scope, facts.budget());
    }

    /**
     * Targets as Data Cube observations of an indicator concept. A target's IRI is its clause and its
     * indicator, with scope, period and value added only where they are needed to tell two apart.
     */
    private void targets(DocumentScope scope, List<Target> targets) {
        Map<String, Set<String>> used = new HashMap<>();
        for (Target t : targets) {
            Resource clause = clause(scope, t.clause());
            IndicatorScheme.Indicator match = indicators.match(t);
            Resource concept = indicatorConcept(match, t);
            String key = concept.getURI().substring(concept.getURI().lastIndexOf('/') + 1);
            Set<String> taken = used.computeIfAbsent(clause.getURI(), k -> new HashSet<>());
            String tail = key;
            for (String extra : new String[] {t.scope(), t.period(), t.value().toPlainString()})
                if (taken.contains(tail) && extra != null) tail = tail + "-" + Slugs.of(extra);
            taken.add(tail);
            Resource r = out.createResource(clause.getURI() + "/target/" + tail)
                    .addProperty(RDF.type, Vocab.TargetClass)
                    .addProperty(RDF.type, Vocab.Observation)
                    .addProperty(Vocab.targetOf, scope.document())
                    .addProperty(Vocab.indicator, concept)
                    .addProperty(Vocab.indicatorWords, t.indicator(), "vi")
                    .addProperty(Vocab.valueType, Vocab.TargetValue)
                    .addProperty(
                            Vocab.comparator,
                            out.createResource(
                                    Vocab.COMPARATOR_NS + t.comparator().name().toLowerCase(Locale.ROOT)))
                    .addProperty(
                            Vocab.obsValue, out.createTypedLiteral(t.value().toPlainString(), XSDDatatype.XSDdecimal))
                    .addProperty(Vocab.refArea, out.createResource(iris.jurisdiction(scope.jurisdiction())));
            r.addProperty(
                    Vocab.change,
                    out.createResource(Vocab.CHANGE_NS + t.change().name().toLowerCase(Locale.ROOT)));
            if (t.baseline() != null) r.addProperty(Vocab.baselinePeriod, period(t.baseline()));
            if (t.upper() != null)
                r.addProperty(
                        Vocab.upperValue, out.createTypedLiteral(t.upper().toPlainString(), XSDDatatype.XSDdecimal));
            if (!t.unit().isEmpty())
                r.addProperty(Vocab.unitMeasure, unit(t.unit())).addProperty(Vocab.unitLabel, t.unit(), "vi");
            if (t.period() != null) r.addProperty(Vocab.refPeriod, period(t.period()));
            if (t.scope() != null) r.addProperty(Vocab.scope, t.scope(), "vi");
            for (var b : t.leads()) r.addProperty(Vocab.lead, bodies.body(b, scope.jurisdiction(), scope.province()));
            for (var b : t.coordinating())
                r.addProperty(Vocab.coordinating, bodies.body(b, scope.jurisdiction(), scope.province()));
            if (t.leader() != null) r.addProperty(Vocab.leaderInCharge, t.leader(), "vi");
            annotate(r, scope, t.clause(), t.from(), t.to());
        }
    }

    /** "2030" as an xsd:gYear, "2026-2030" as a plain literal. */
    private Literal period(String words) {
        return words.matches("\\d{4}") ? out.createTypedLiteral(words, XSDDatatype.XSDgYear) : out.createLiteral(words);
    }

    /** The published concept of an indicator; one the curated scheme lacks is minted from its words and flagged. */
    private Resource indicatorConcept(IndicatorScheme.Indicator match, Target t) {
        Resource scheme = out.createResource(iris.base() + "indicator");
        if (!scheme.hasProperty(RDF.type))
            scheme.addProperty(RDF.type, SKOS.ConceptScheme)
                    .addProperty(Vocab.prefLabel, "Chỉ tiêu", "vi")
                    .addProperty(Vocab.prefLabel, "Indicators", "en");
        if (match != null) {
            Resource concept = out.createResource(iris.indicator(match.key()));
            if (!concept.hasProperty(RDF.type)) {
                concept.addProperty(RDF.type, SKOS.Concept).addProperty(Vocab.inScheme, scheme);
                for (var s : match.description().listProperties().toList())
                    if (s.getPredicate().getNameSpace().equals(Vocab.SKOS)
                            && !s.getPredicate().equals(Vocab.inScheme))
                        concept.addProperty(s.getPredicate(), s.getObject());
            }
            return concept;
        }
        String words = t.indicator().isBlank() ? t.unit() : t.indicator();
        String[] parts = words.split("\\s+");
        String name = String.join(" ", Arrays.copyOf(parts, Math.min(8, parts.length)));
        Resource concept = out.createResource(iris.indicator(name));
        if (!concept.hasProperty(RDF.type))
            concept.addProperty(RDF.type, SKOS.Concept)
                    .addProperty(Vocab.inScheme, scheme)
                    .addProperty(Vocab.prefLabel, name, "vi")
                    .addProperty(
                            Vocab.qualityNote,
                            "Not in the curated indicator scheme (data/indicators.ttl): named from the words of the target.",
                            "en");
        return concept;
    }

    /**
     * The unit concept for words like "%", "bác sỹ/vạn dân" or "tỷ đồng", described where it is minted so
     * that its IRI dereferences: a concept of the build's unit scheme, named by the words first seen.
     */
    private Resource unit(String words) {
        Resource scheme = Vocab.UnitScheme.inModel(out);
        if (!scheme.hasProperty(RDF.type))
            scheme.addProperty(RDF.type, SKOS.ConceptScheme)
                    .addProperty(Vocab.prefLabel, "Đơn vị tính", "vi")
                    .addProperty(Vocab.prefLabel, "Units of measure", "en");
        Resource unit = out.createResource(
                Vocab.UNIT_NS + Slugs.of(words.replace("%", " phan tram ").replace("‰", " phan nghin ")));
        if (!unit.hasProperty(RDF.type))
            unit.addProperty(RDF.type, SKOS.Concept)
                    .addProperty(Vocab.inScheme, scheme)
                    .addProperty(Vocab.prefLabel, words, "vi");
        return unit;
    }

    /** Funding lines as Data Cube observations; where they do not add up to the stated total, a quality note says so. */
    private void budget(DocumentScope scope, List<BudgetLine> lines) {
        for (BudgetLine b : lines) {
            Resource clause = clause(scope, b.clause());
            String tail = switch (b.kind()) {
                case TOTAL -> "total";
                case SOURCE -> Slugs.of(b.label());
                case YEAR -> "nam-" + b.year();
            };
            Resource line = out.createResource(clause.getURI() + "/budget/" + tail)
                    .addProperty(RDF.type, Vocab.BudgetLine)
                    .addProperty(RDF.type, Vocab.Observation)
                    .addProperty(Vocab.budgetOf, scope.document())
                    .addProperty(
                            Vocab.budgetKind,
                            out.createResource(
                                    Vocab.BUDGET_KIND_NS + b.kind().name().toLowerCase(Locale.ROOT)))
                    .addProperty(
                            Vocab.obsValue, out.createTypedLiteral(b.amount().toPlainString(), XSDDatatype.XSDdecimal))
                    .addProperty(Vocab.unitMeasure, unit(b.unit()))
                    .addProperty(Vocab.schemaName, b.label(), "vi");
            if (b.kind() == BudgetLine.Kind.SOURCE) line.addProperty(Vocab.fundingSource, b.label(), "vi");
            if (b.share() != null)
                line.addProperty(
                        Vocab.share, out.createTypedLiteral(b.share().toPlainString(), XSDDatatype.XSDdecimal));
            if (b.year() != null)
                line.addProperty(
                        Vocab.refPeriod, out.createTypedLiteral(String.valueOf(b.year()), XSDDatatype.XSDgYear));
            annotate(line, scope, b.clause(), b.from(), b.to());
        }
        lines.stream()
                .filter(b -> b.kind() == BudgetLine.Kind.TOTAL)
                .findFirst()
                .ifPresent(total -> {
                    checkSum(scope, total, lines, BudgetLine.Kind.SOURCE, "sources");
                    checkSum(scope, total, lines, BudgetLine.Kind.YEAR, "years");
                });
    }

    private void checkSum(
            DocumentScope scope, BudgetLine total, List<BudgetLine> lines, BudgetLine.Kind kind, String what) {
        List<BudgetLine> parts = lines.stream().filter(b -> b.kind() == kind).toList();
        if (parts.isEmpty()) return;
        BigDecimal sum = parts.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(total.amount()) != 0)
            scope.document()
                    .addProperty(
                            Vocab.qualityNote,
                            out.createLiteral(
                                    "The funding need by " + what + " adds up to " + sum.toPlainString() + " "
                                            + total.unit() + ", not the stated total of "
                                            + total.amount().toPlainString() + " " + total.unit() + " ("
                                            + total.clause().numberPath() + ").",
                                    "en"));
    }

    private void citation(DocumentScope scope, Citation c) {
        Resource clause = clause(scope, c.clause());
        Resource target = c.relation() == Citation.Relation.SELF ? scope.document() : cited.resolve(c);
        Resource mention = out.createResource(
                        mentionIri(clause.getURI() + "/citation/"
                                + Slugs.of(c.unnumbered() ? c.name() : c.type() + " " + c.number())),
                        Vocab.CitationMention)
                .addProperty(Vocab.citedDocument, target)
                .addProperty(Vocab.citationRelation, relationProperty(c.relation()))
                .addProperty(Vocab.statedIn, clause);
        if (!c.unnumbered()) mention.addProperty(Vocab.numberAsWritten, c.numberAsWritten());
        if (c.correction() != null) mention.addProperty(Vocab.correction, c.correction(), "en");
        if (c.uncertain() != null) mention.addProperty(Vocab.uncertainty, c.uncertain(), "en");
        annotate(mention, scope, c.clause(), c.from(), c.to());
        if (c.relation() == Citation.Relation.SELF) return;
        clause.addProperty(Vocab.eliCites, target);
        scope.document().addProperty(relationProperty(c.relation()), target);
    }

    /** Mentions of one document in one clause: the first keeps the plain IRI, the n-th gets "-n" (its order among them). */
    private final Map<String, Integer> mentionsSeen = new HashMap<>();

    private String mentionIri(String plain) {
        int n = mentionsSeen.merge(plain, 1, Integer::sum);
        return n == 1 ? plain : plain + "-" + n;
    }

    private static Property relationProperty(Citation.Relation r) {
        return switch (r) {
            case IMPLEMENTS -> Vocab.applies;
            case BASED_ON -> Vocab.basedOn;
            case ISSUED_UNDER -> Vocab.issuedUnder;
            case AMENDS -> Vocab.amends;
            case SELF -> Vocab.dctIdentifier;
            case CITES -> Vocab.eliCites;
        };
    }

    private void task(DocumentScope scope, Task t) {
        Resource clause = clause(scope, t.clause());
        Resource task = out.createResource(clause.getURI() + "/task", Vocab.Task)
                .addProperty(Vocab.statedIn, clause)
                .addProperty(Vocab.document, scope.document());
        clause.addProperty(Vocab.task, task);
        String name = t.clause().heading() != null
                ? t.clause().heading()
                : firstSentence(t.clause().text());
        task.addProperty(Vocab.schemaName, name, "vi");
        annotate(task, scope, t.clause(), 0, t.clause().text().length());
        Map<String, Integer> seen = new HashMap<>();
        for (Task.Stated<RoleAssignment> stated : t.roles()) {
            RoleAssignment r = stated.fact();
            Resource body = bodies.body(r.body(), scope.jurisdiction(), scope.province());
            String role = r.role().name().toLowerCase(Locale.ROOT);
            task.addProperty(roleProperty(r), body);
            String key = role + "-" + body.getURI().substring(body.getURI().lastIndexOf('/') + 1);
            if (seen.merge(key, 1, Integer::sum) > 1) continue;
            Resource assignment = out.createResource(task.getURI() + "/" + key, Vocab.RoleAssignment)
                    .addProperty(Vocab.role, out.createResource(Vocab.ROLE_NS + role))
                    .addProperty(Vocab.body, body);
            task.addProperty(Vocab.roleAssignment, assignment);
            annotate(assignment, scope, stated.in(), r.body().from(), r.body().to());
        }
        if (t.deadline() != null) deadline(scope, task, t.deadline());
    }

    private static Property roleProperty(RoleAssignment r) {
        return switch (r.role()) {
            case LEAD -> Vocab.lead;
            case COORDINATING -> Vocab.coordinating;
            case DIRECTING -> Vocab.directing;
        };
    }

    private void deadline(DocumentScope scope, Resource task, Task.Stated<Deadline> stated) {
        Deadline d = stated.fact();
        Resource interval = out.createResource(task.getURI() + "/deadline", Vocab.ProperInterval)
                .addProperty(
                        Vocab.deadlineKind,
                        out.createResource(
                                Vocab.DEADLINE_KIND_NS + d.kind().name().toLowerCase(Locale.ROOT)))
                .addProperty(Vocab.words, d.words(), "vi")
                .addLiteral(Vocab.expected, d.expected());
        if (d.recurrence() != null) interval.addProperty(Vocab.recurrence, d.recurrence());
        if (d.start() != null)
            interval.addProperty(Vocab.hasBeginning, instant(interval.getURI() + "/start", d.start()));
        if (d.end() != null) interval.addProperty(Vocab.hasEnd, instant(interval.getURI() + "/end", d.end()));
        if (d.condition() != null) interval.addProperty(Vocab.condition, d.condition(), "vi");
        task.addProperty(Vocab.deadline, interval);
        annotate(interval, scope, stated.in(), d.from(), d.to());
    }

    private Resource instant(String iri, LocalDate date) {
        return out.createResource(iri, Vocab.Instant)
                .addProperty(Vocab.inXSDDate, out.createTypedLiteral(date.toString(), XSDDatatype.XSDdate));
    }

    /**
     * The words behind a fact: an annotation whose body is the fact and whose target is the span of the
     * source text, selected by code-point position and by the exact words.
     */
    void annotate(Resource fact, DocumentScope scope, Clause clause, int from, int to) {
        int[] span = clause.sourceSpan(from, to);
        String base = fact.getURI();
        Resource position = out.createResource(base + "#position", Vocab.TextPositionSelector)
                .addLiteral(Vocab.start, integer(span[0]))
                .addLiteral(Vocab.end, integer(span[1]));
        Resource quote = out.createResource(base + "#quote", Vocab.TextQuoteSelector)
                .addProperty(Vocab.exact, scope.text().slice(span[0], span[1]));
        Resource target = out.createResource(base + "#target", Vocab.SpecificResource)
                .addProperty(Vocab.hasSource, scope.source())
                .addProperty(Vocab.hasSelector, position)
                .addProperty(Vocab.hasSelector, quote);
        out.createResource(base + "#source", Vocab.Annotation)
                .addProperty(Vocab.hasBody, fact)
                .addProperty(Vocab.hasTarget, target)
                .addProperty(Vocab.wasGeneratedBy, build);
        fact.addProperty(Vocab.statedIn, clause(scope, clause));
    }

    private Resource clause(DocumentScope scope, Clause c) {
        return out.createResource(iris.clause(scope.document().getURI(), c.eId()));
    }

    private Literal integer(int n) {
        return out.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger);
    }

    private static String firstSentence(String text) {
        int end = text.indexOf('\n');
        String s = end < 0 ? text : text.substring(0, end);
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
