package vn.policykg.rdf;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

import vn.policykg.extract.Citation;
import vn.policykg.extract.Deadline;
import vn.policykg.extract.DocumentFacts;
import vn.policykg.extract.RoleAssignment;
import vn.policykg.extract.Task;
import vn.policykg.source.Clause;
import vn.policykg.source.SourceText;

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

    FactMapper(IriPolicy iris, Model out, Resource build, CitedDocuments cited) {
        this.iris = iris;
        this.out = out;
        this.build = build;
        this.cited = cited;
        this.bodies = new BodyRegistry(iris, out);
    }

    void map(DocumentScope scope, DocumentFacts facts) {
        for (Citation c : facts.citations())
            citation(scope, c);
        for (Task t : facts.tasks())
            task(scope, t);
    }

    private void citation(DocumentScope scope, Citation c) {
        Resource clause = clause(scope, c.clause());
        Resource target = c.relation() == Citation.Relation.SELF ? scope.document() : cited.resolve(c, scope.jurisdiction());
        Resource mention = out.createResource(clause.getURI() + "/citation/" + IriPolicy.slug(c.type() + " " + c.number()), Vocab.CitationMention)
            .addProperty(Vocab.citedDocument, target)
            .addProperty(Vocab.citationRelation, relationProperty(c.relation()))
            .addProperty(Vocab.numberAsWritten, c.numberAsWritten())
            .addProperty(Vocab.statedIn, clause);
        if (c.correction() != null)
            mention.addProperty(Vocab.correction, c.correction(), "en");
        if (c.uncertain() != null)
            mention.addProperty(Vocab.uncertainty, c.uncertain(), "en");
        annotate(mention, scope, c.clause(), c.from(), c.to());
        if (c.relation() == Citation.Relation.SELF)
            return;
        clause.addProperty(Vocab.eliCites, target);
        scope.document().addProperty(relationProperty(c.relation()), target);
    }

    private static Property relationProperty(Citation.Relation r) {
        return switch (r) {
            case IMPLEMENTS -> Vocab.applies;
            case BASED_ON -> Vocab.basedOn;
            case ISSUED_UNDER -> Vocab.issuedUnder;
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
        String name = t.clause().heading() != null ? t.clause().heading() : firstSentence(t.clause().text());
        task.addProperty(Vocab.schemaName, name, "vi");
        annotate(task, scope, t.clause(), 0, t.clause().text().length());
        Map<String, Integer> seen = new HashMap<>();
        for (Task.Stated<RoleAssignment> stated : t.roles()) {
            RoleAssignment r = stated.fact();
            Resource body = bodies.body(r.body(), scope.jurisdiction(), scope.province());
            String role = r.role().name().toLowerCase(Locale.ROOT);
            task.addProperty(roleProperty(r), body);
            String key = role + "-" + body.getURI().substring(body.getURI().lastIndexOf('/') + 1);
            if (seen.merge(key, 1, Integer::sum) > 1)
                continue;
            Resource assignment = out.createResource(task.getURI() + "/" + key, Vocab.RoleAssignment)
                .addProperty(Vocab.role, out.createResource(Vocab.ROLE_NS + role))
                .addProperty(Vocab.body, body);
            task.addProperty(out.createProperty(Vocab.NS + "roleAssignment"), assignment);
            annotate(assignment, scope, stated.in(), r.body().from(), r.body().to());
        }
        if (t.deadline() != null)
            deadline(scope, task, t.deadline());
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
            .addProperty(Vocab.deadlineKind, out.createResource(Vocab.DEADLINE_KIND_NS + d.kind().name().toLowerCase(Locale.ROOT)))
            .addProperty(Vocab.words, d.words(), "vi")
            .addLiteral(Vocab.expected, d.expected());
        if (d.start() != null)
            interval.addProperty(Vocab.hasBeginning, instant(interval.getURI() + "/start", d.start()));
        if (d.end() != null)
            interval.addProperty(Vocab.hasEnd, instant(interval.getURI() + "/end", d.end()));
        if (d.condition() != null)
            interval.addProperty(Vocab.condition, d.condition(), "vi");
        task.addProperty(Vocab.deadline, interval);
        annotate(interval, scope, stated.in(), d.from(), d.to());
    }

    private Resource instant(String iri, java.time.LocalDate date) {
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

    private org.apache.jena.rdf.model.Literal integer(int n) {
        return out.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger);
    }

    private static String firstSentence(String text) {
        int end = text.indexOf('\n');
        String s = end < 0 ? text : text.substring(0, end);
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
