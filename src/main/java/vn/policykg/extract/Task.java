package vn.policykg.extract;

import java.util.List;

import vn.policykg.source.Clause;

/**
 * A task: a clause that assigns work, with its bodies in their roles and its deadline (or null).
 * Offsets of role and deadline words are into the text of {@code statedIn} clauses: a role may be
 * stated in an unnumbered paragraph that follows the task's sub-clauses ("Trách nhiệm chỉ đạo: …").
 */
public record Task(Clause clause, List<Stated<RoleAssignment>> roles, Stated<Deadline> deadline) {

    /** A fact and the clause whose text states it. */
    public record Stated<T>(T fact, Clause in) {}

    public List<RoleAssignment> rolesOnly() {
        return roles.stream().map(Stated::fact).toList();
    }
}
