package vn.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.policykg.source.Corpus;

/**
 * Tasks of 000 §III.1 and 004 §II against the gold set: the bodies in their roles, and the end dates
 * of the deadlines. Prints precision and recall; asserts the levels the project promises.
 */
class TaskExtractionEvaluationTest {

    /** The clauses the gold set covers. */
    private static boolean inScope(String doc, String path) {
        return doc.equals("000")
                ? path.matches("III\\.1\\.\\d+")
                : doc.equals("004") && path.matches("II\\.\\d+\\.[a-zđ]");
    }

    @Test
    void bodiesAndDeadlineEndDatesMatchTheGoldSet() {
        Set<String> goldRoles = new HashSet<>(), goldTasks = new HashSet<>(), goldEnds = new HashSet<>();
        for (Map<String, String> row : Gold.rows("tasks.tsv")) {
            String task = row.get("doc") + " " + row.get("clause");
            goldTasks.add(task);
            for (String role : List.of("lead", "coordinating", "directing"))
                for (String body : row.get(role).split(";"))
                    if (!body.isBlank()) goldRoles.add(task + " " + role + " " + BodyNames.key(body));
            if (!row.get("deadline_end").isEmpty()) goldEnds.add(task + " " + row.get("deadline_end"));
        }
        Set<String> roles = new HashSet<>(), tasks = new HashSet<>(), ends = new HashSet<>();
        for (String doc : List.of("000", "004")) {
            for (Task t : TaskExtractor.extract(Corpus.parsed(doc))) {
                if (!inScope(doc, t.clause().numberPath())) continue;
                String task = doc + " " + t.clause().numberPath();
                tasks.add(task);
                for (RoleAssignment r : t.rolesOnly())
                    roles.add(task + " " + r.role().name().toLowerCase() + " "
                            + BodyNames.key(r.body().canonical()));
                if (t.deadline() != null && t.deadline().fact().end() != null)
                    ends.add(task + " " + t.deadline().fact().end());
            }
        }
        List<String> misses = new ArrayList<>();
        Gold.Score taskScore = Gold.score("tasks", tasks, goldTasks, misses);
        Gold.Score roleScore = Gold.score("agencies in roles", roles, goldRoles, misses);
        Gold.Score endScore = Gold.score("deadline end dates", ends, goldEnds, misses);
        System.out.println(taskScore + "\n" + roleScore + "\n" + endScore);
        misses.forEach(m -> System.out.println("  " + m));

        assertThat(taskScore.recall()).isGreaterThanOrEqualTo(0.98);
        assertThat(roleScore.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(roleScore.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(endScore.precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(endScore.recall()).isGreaterThanOrEqualTo(0.98);
    }
}
