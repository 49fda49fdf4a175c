package vn.policykg.source;

import java.util.List;

/**
 * Where one parse of a stretch of lines puts what it finds: the document's roots, with a preface for the title
 * block and a preamble for the recitals before the first heading, or, inside an annex, the frame clause, which
 * then takes that text itself. One piece for the plan and the legal parser.
 */
final class Placement {

    private final List<Clause> roots;
    private final Clause frame;
    private Clause preface;
    private Clause preamble;

    /** @param frame  the annex the lines belong to, or null for the document's own roots */
    Placement(List<Clause> roots, Clause frame) {
        this.roots = roots;
        this.frame = frame;
    }

    void place(Clause clause) {
        if (frame == null) roots.add(clause);
        else frame.addChild(clause);
    }

    /** Whether recitals may still open a preamble: only in a document's own front matter, and once. */
    boolean canOpenPreamble() {
        return frame == null && preamble == null;
    }

    Clause openPreamble(int lineNo) {
        preamble = new Clause(ClauseKind.PREAMBLE, null, lineNo);
        place(preamble);
        return preamble;
    }

    /** The clause for text before the first heading: the frame, the preamble once opened, else the preface. */
    Clause frontMatter(int lineNo) {
        if (frame != null) return frame;
        if (preamble != null) return preamble;
        if (preface == null) {
            preface = new Clause(ClauseKind.PREFACE, null, lineNo);
            place(preface);
        }
        return preface;
    }
}
