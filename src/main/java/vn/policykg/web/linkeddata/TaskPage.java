package vn.policykg.web.linkeddata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import vn.policykg.vocab.Vocab;
import vn.policykg.web.facts.FactReader;
import vn.policykg.web.facts.StoredTask;
import vn.policykg.web.linkeddata.PageValues.Link;

/** A task's page: its deadline as an interval with its words, and its bodies by role. */
@Component
class TaskPage extends PagePart {

    private static final List<String> ROLES = List.of("lead", "coordinating", "directing");

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
        for (String role : ROLES) {
            List<Link> bodies = new ArrayList<>();
            if (task != null) task.inRole(role).forEach(b -> bodies.add(names.link(b.iri(), b.label())));
            roles.put(terms.vi(Vocab.NS + role), bodies);
        }
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
