package vn.policykg.web.workbench;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.policykg.store.LiveStore;
import vn.policykg.store.RowValues;
import vn.policykg.vocab.Vocab;

/** Every task, with its document, clause, deadline (if the text gives one) and bodies in their roles, read from the store. */
@Component
public class Tasks {

    /**
     * One task. {@code words} are the deadline as the text gives it (null without one); {@code due} is the end
     * of the deadline interval (null also when the text gives only a start, "dự kiến từ năm 2027"), {@code start}
     * its beginning. {@code province} is the code of the document's jurisdiction. {@code recurrence} is the RRULE
     * value of a recurring deadline (its occurrences run from {@code start} to {@code due}), else null.
     */
    public record Task(
            String iri,
            String name,
            String clause,
            String path,
            String document,
            String documentTitle,
            String province,
            String words,
            LocalDate start,
            LocalDate due,
            String condition,
            String recurrence,
            List<Body> bodies)
            implements Fact {

        public boolean hasDeadline() {
            return words != null;
        }
    }

    private static final String TASKS = Vocab.SPARQL_PREFIXES + """
        SELECT ?task ?name ?clause ?path ?document ?title ?province ?words ?start ?due ?condition ?recurrence WHERE {
          ?task a vnp:Task ; schema:name ?name ; vnp:statedIn ?clause ; vnp:document ?document .
          ?clause vnp:numberPath ?path .
          ?document eli:jurisdiction/vnp:code ?province .
          OPTIONAL {
            ?task vnp:deadline ?deadline .
            ?deadline vnp:words ?words .
            OPTIONAL { ?deadline time:hasBeginning/time:inXSDDate ?start }
            OPTIONAL { ?deadline time:hasEnd/time:inXSDDate ?due }
            OPTIONAL { ?deadline vnp:condition ?condition }
            OPTIONAL { ?deadline vnp:recurrence ?recurrence }
          }
          OPTIONAL { ?document eli:title ?title FILTER(lang(?title) = "vi") }
        }""";

    private final LiveStore store;

    public Tasks(LiveStore store) {
        this.store = store;
    }

    /** Every task by due date (those with only a start, then those without a deadline, last), then document and clause. */
    public List<Task> all() {
        Map<String, List<Body>> bodies = Body.byFact(store, Vocab.NS + "Task");
        return store.select(TASKS, Map.of()).stream()
                .map(s -> {
                    String iri = s.getResource("task").getURI();
                    return new Task(
                            iri,
                            s.getLiteral("name").getString(),
                            s.getResource("clause").getURI(),
                            s.getLiteral("path").getString(),
                            s.getResource("document").getURI(),
                            RowValues.text(s, "title"),
                            s.getLiteral("province").getString(),
                            RowValues.text(s, "words"),
                            RowValues.date(s, "start"),
                            RowValues.date(s, "due"),
                            RowValues.text(s, "condition"),
                            RowValues.text(s, "recurrence"),
                            List.copyOf(bodies.getOrDefault(iri, List.of())));
                })
                .sorted(Comparator.comparing(Task::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(t -> !t.hasDeadline())
                        .thenComparing(Task::document)
                        .thenComparing(Task::path))
                .toList();
    }
}
