package vn.policykg.web.workbench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.springframework.stereotype.Component;

import vn.policykg.store.LiveStore;

/** Tasks that carry a deadline, with their document, clause and bodies in their roles, read from the store. */
@Component
public class DeadlineTasks {

    /** A body named by a task in a role: lead, coordinating or directing. */
    public record Body(String role, String iri, String label) {}

    /**
     * One task with a deadline. {@code due} is the end of the deadline interval (null when the text gives
     * only a start, "dự kiến từ năm 2027"); {@code start} its beginning, if any.
     */
    public record Task(String iri, String name, String clause, String path, String document, String documentTitle,
                       String words, LocalDate start, LocalDate due, String condition, List<Body> bodies) {

        public List<Body> inRole(String role) {
            return bodies.stream().filter(b -> b.role().equals(role)).toList();
        }

        public boolean names(String body) {
            return bodies.stream().anyMatch(b -> b.iri().equals(body));
        }
    }

    private static final String TASKS = """
        PREFIX vnp:  <https://w3id.org/vnpolicy/def#>
        PREFIX eli:  <http://data.europa.eu/eli/ontology#>
        PREFIX time: <http://www.w3.org/2006/time#>
        PREFIX schema: <https://schema.org/>
        SELECT ?task ?name ?clause ?path ?document ?title ?words ?start ?due ?condition WHERE {
          ?task a vnp:Task ; schema:name ?name ; vnp:statedIn ?clause ; vnp:document ?document ; vnp:deadline ?deadline .
          ?clause vnp:numberPath ?path .
          ?deadline vnp:words ?words .
          OPTIONAL { ?deadline time:hasBeginning/time:inXSDDate ?start }
          OPTIONAL { ?deadline time:hasEnd/time:inXSDDate ?due }
          OPTIONAL { ?deadline vnp:condition ?condition }
          OPTIONAL { ?document eli:title ?title FILTER(lang(?title) = "vi") }
        }""";

    private static final String BODIES = """
        PREFIX vnp:  <https://w3id.org/vnpolicy/def#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?task ?role ?body ?label WHERE {
          ?task a vnp:Task ; vnp:deadline ?deadline ; ?property ?body .
          VALUES (?property ?role) { (vnp:lead "lead") (vnp:coordinating "coordinating") (vnp:directing "directing") }
          ?body skos:prefLabel ?label FILTER(lang(?label) = "vi")
        } ORDER BY ?task ?role ?label""";

    private final LiveStore store;

    public DeadlineTasks(LiveStore store) {
        this.store = store;
    }

    /** Every task with a deadline, by due date (tasks with only a start last), then document and clause. */
    public List<Task> all() {
        Map<String, List<Body>> bodies = new LinkedHashMap<>();
        for (QuerySolution s : store.select(BODIES, Map.of()))
            bodies.computeIfAbsent(s.getResource("task").getURI(), k -> new ArrayList<>())
                .add(new Body(s.getLiteral("role").getString(), s.getResource("body").getURI(), s.getLiteral("label").getString()));
        return store.select(TASKS, Map.of()).stream().map(s -> {
            String iri = s.getResource("task").getURI();
            return new Task(iri, s.getLiteral("name").getString(), s.getResource("clause").getURI(), s.getLiteral("path").getString(),
                s.getResource("document").getURI(), text(s.getLiteral("title")), s.getLiteral("words").getString(),
                date(s.getLiteral("start")), date(s.getLiteral("due")), text(s.getLiteral("condition")),
                List.copyOf(bodies.getOrDefault(iri, List.of())));
        }).sorted(Comparator.comparing(Task::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Task::document).thenComparing(Task::path)).toList();
    }

    private static LocalDate date(Literal l) {
        return l == null ? null : LocalDate.parse(l.getLexicalForm());
    }

    private static String text(Literal l) {
        return l == null ? null : l.getString();
    }
}
