package vn.policykg.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A source document split into its subdivisions.
 *
 * @param source   the NFC source text the spans point into
 * @param clauses  top-level subdivisions in document order
 * @param notes    what the parser had to repair or could not place, each with its line
 */
public record ParsedDocument(SourceText source, List<Clause> clauses, List<String> notes) {

    /** The finished parse: identifiers assigned, every clause's span converted to code points. */
    static ParsedDocument assemble(SourceText src, List<Clause> roots, List<String> notes) {
        ClauseIds.assign(roots, notes);
        for (Clause root : roots) for (Clause c : root.flatten()) c.fixSpan(src);
        return new ParsedDocument(src, List.copyOf(roots), List.copyOf(notes));
    }

    /** Every subdivision, depth first in document order. */
    public List<Clause> allClauses() {
        List<Clause> out = new ArrayList<>();
        for (Clause c : clauses) out.addAll(c.flatten());
        return out;
    }

    /** The clause with this number path ("III.1.1"), or null. */
    public Clause byPath(String numberPath) {
        return allClauses().stream()
                .filter(c -> numberPath.equals(c.numberPath()))
                .findFirst()
                .orElse(null);
    }

    public Clause byEId(String eId) {
        return allClauses().stream()
                .filter(c -> eId.equals(c.eId()))
                .findFirst()
                .orElse(null);
    }
}
