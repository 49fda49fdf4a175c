package vn.policykg.extract;

import java.util.List;
import vn.policykg.source.Clause;

/**
 * A task: a clause that assigns work, with its bodies in their roles, its deadline and its expected result (or null).
 * Offsets of role and deadline words are into the text of {@code statedIn} clauses: a role may be
 * stated in an unnumbered paragraph that follows the task's sub-clauses ("Trách nhiệm chỉ đạo: …").
 */
public record Task(Clause clause, List<Stated<RoleAssignment>> roles, Stated<Deadline> deadline, Stated<Words> result) {

    /** A task whose expected result is not stated. */
    public Task(Clause clause, List<Stated<RoleAssignment>> roles, Stated<Deadline> deadline) {
        this(clause, roles, deadline, null);
    }

    /** A fact and the clause whose text states it. */
    public record Stated<T>(T fact, Clause in) {}

    /** Words of a clause's text and where they stand in it: the expected result ("Quyết định của Thủ tướng Chính phủ"). */
    public record Words(String text, int from, int to) {}

    public List<RoleAssignment> rolesOnly() {
        return roles.stream().map(Stated::fact).toList();
    }
}
