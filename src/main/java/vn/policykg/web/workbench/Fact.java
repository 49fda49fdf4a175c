package vn.policykg.web.workbench;

import java.util.List;

/** What the exports filter tasks and targets by. */
interface Fact {

    String document();

    /** Code of the jurisdiction: the document's for a task, the target's area for a target. */
    String province();

    List<Body> bodies();

    default boolean names(String body) {
        return bodies().stream().anyMatch(b -> b.iri().equals(body));
    }

    default List<Body> inRole(String role) {
        return Body.inRole(bodies(), role);
    }
}
