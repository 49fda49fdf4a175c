package vn.policykg.source;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every clause its eId and number path, from its own number and its parent's — never from a
 * counter over the document, so a clause keeps its identifier whatever else the document holds.
 * Unnumbered kinds (bullets, unnumbered paragraphs) are counted among their siblings of that kind,
 * which is the only identity they have in an unchanging source.
 * Articles are numbered through a whole document, so an article's eId leaves out its part, chapter
 * and section: {@code art_5}, {@code art_5__para_1__point_a} (Akoma Ntoso allows this, and it keeps
 * an article's identifier when chapters are renumbered); an article of an annexed regulation is
 * {@code annex_1__art_5}. Chapters and sections keep their nesting: {@code chp_I__sec_1}.
 */
final class ClauseIds {

    private ClauseIds() {}

    static void assign(List<Clause> roots, List<String> notes) {
        Set<String> seen = new HashSet<>();
        assign(roots, null, null, seen, notes);
    }

    /** {@code scope}: the nearest ancestor that is not a part, chapter or section, which an article's eId hangs from. */
    private static void assign(
            List<Clause> siblings, Clause parent, Clause scope, Set<String> seen, List<String> notes) {
        Map<String, Integer> counters = new HashMap<>();
        for (Clause c : siblings) {
            int ordinal = counters.merge(c.kind() + (c.number() == null ? "#" : ""), 1, Integer::sum);
            String component = c.kind() == ClauseKind.ROW && c.number() == null
                    ? "subrow_" + ordinal
                    : c.kind().eIdPrefix() + componentSuffix(c, ordinal);
            String pathPart = pathComponent(c, ordinal);
            String eId;
            String path;
            if (c.kind() == ClauseKind.ARTICLE) {
                eId = scope == null ? component : scope.eId() + "__" + component;
                path = scope == null || scope.numberPath() == null ? pathPart : scope.numberPath() + "." + pathPart;
            } else if (parent == null) {
                eId = component;
                path = pathPart;
            } else if (collapses(parent, c)) {
                // "1.1" under "1" already says where it is: sec_III__para_1.1, III.1.1.
                eId = dropLast(parent.eId(), "__") + (parent.eId().contains("__") ? "__" : "") + component;
                path = parent.numberPath()
                                .substring(
                                        0,
                                        parent.numberPath().length()
                                                - parent.number().length())
                        + pathPart;
            } else {
                eId = parent.eId() + "__" + component;
                path = parent.numberPath() == null ? pathPart : parent.numberPath() + "." + pathPart;
            }
            if (!seen.add(eId)) {
                int n = 2;
                while (!seen.add(eId + "-" + n)) n++;
                notes.add("line " + c.line() + ": number " + c.number()
                        + " appears twice at the same level; the second is " + eId + "-" + n);
                eId = eId + "-" + n;
                path = path + "-" + n;
            }
            c.eId(eId);
            c.numberPath(path);
            boolean division =
                    c.kind() == ClauseKind.PART || c.kind() == ClauseKind.CHAPTER || c.kind() == ClauseKind.SECTION;
            assign(c.children(), c, division ? scope : c, seen, notes);
        }
    }

    private static boolean collapses(Clause parent, Clause child) {
        return child.kind() == ClauseKind.PARAGRAPH
                && parent.kind() == ClauseKind.PARAGRAPH
                && child.number().startsWith(parent.number() + ".");
    }

    private static String dropLast(String s, String sep) {
        int i = s.lastIndexOf(sep);
        return i < 0 ? "" : s.substring(0, i);
    }

    private static String componentSuffix(Clause c, int ordinal) {
        return switch (c.kind()) {
            case PREFACE, PREAMBLE, CONCLUSIONS -> "";
            case INDENT, UNNUMBERED -> "_" + ordinal;
            case POINT -> "_" + c.number().replace("đ", "dd");
            default -> "_" + c.number();
        };
    }

    private static String pathComponent(Clause c, int ordinal) {
        return switch (c.kind()) {
            case PREFACE -> "preface";
            case PREAMBLE -> "preamble";
            case CONCLUSIONS -> "conclusions";
            case PART -> "P" + c.number();
            case CHAPTER -> "Ch" + c.number();
            case ARTICLE -> "Đ" + c.number();
            case ANNEX -> "PL" + c.number();
            case ITEM -> "(" + c.number() + ")";
            case INDENT -> "•" + ordinal;
            case UNNUMBERED -> "¶" + ordinal;
            case FOOTNOTE -> "fn" + c.number();
            case ROW -> c.number() == null ? "•" + ordinal : c.number();
            default -> c.number();
        };
    }
}
