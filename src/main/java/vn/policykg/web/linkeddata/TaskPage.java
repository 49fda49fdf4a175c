package vn.policykg.web.linkeddata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import vn.policykg.vocab.Vocab;
import vn.policykg.web.facts.BodyInRole;
import vn.policykg.web.facts.FactReader;
import vn.policykg.web.facts.StoredTask;
import vn.policykg.web.linkeddata.PageValues.Link;

/** A task's page: its deadline as an interval with its words, and its bodies by role. */
@Component
class TaskPage extends PagePart {

    private final ResourceNames names;
    private final TermLabels terms;
    private final FactReader facts;

    TaskPage(ResourceNames names, TermLabels terms, FactReader facts) {
        super("task", r -> r.hasProperty(RDF.type, Vocab.Task));
        this.names = names;
        this.terms = terms;
        this.facts = facts;
    }

    @Override
    void addTo(ModelAndView page, Resource r, Model jsonLd) {
        StoredTask task = facts.tasks("BIND(?focus AS ?fact)", r.getURI()).stream()
                .findFirst()
                .orElse(null);
        page.addObject("deadline", task == null || !task.hasDeadline() ? null : deadline(task));
        Map<String, List<Link>> roles = new LinkedHashMap<>();
        for (Property role : BodyInRole.ROLES)
            roles.put(
                    terms.vi(role.getURI()),
                    task == null
                            ? List.of()
                            : task.inRole(role).stream()
                                    .map(b -> names.link(b.iri(), b.label()))
                                    .toList());
        page.addObject("roles", roles);
    }

    private Map<String, String> deadline(StoredTask t) {
        return Map.of(
                "words", t.words(),
                "start", t.start() == null ? "" : t.start().toString(),
                "end", t.due() == null ? "" : t.due().toString(),
                "condition", Objects.requireNonNullElse(t.condition(), ""),
                "kind", t.deadlineKind() == null ? "" : terms.vi(t.deadlineKind()));
    }
}
