package vn.policykg.extract;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import vn.policykg.source.Clause;

/** Walks a clause tree knowing, for each clause, whether it lies in a section of interest (tasks, resources, bases …). */
final class SectionWalk {

    private SectionWalk() {}

    /**
     * Visits every clause depth first with whether it, or a clause above it, {@code opens} the section.
     */
    static void walk(List<Clause> roots, Predicate<Clause> opens, BiConsumer<Clause, Boolean> visit) {
        for (Clause root : roots) walk(root, false, opens, visit);
    }

    private static void walk(Clause c, boolean inSection, Predicate<Clause> opens, BiConsumer<Clause, Boolean> visit) {
        boolean inside = inSection || opens.test(c);
        visit.accept(c, inside);
        for (Clause child : c.children()) walk(child, inside, opens, visit);
    }

    /** A clause whose heading matches {@code words}. */
    static Predicate<Clause> headed(Pattern words) {
        return c -> c.heading() != null && words.matcher(c.heading()).find();
    }
}
