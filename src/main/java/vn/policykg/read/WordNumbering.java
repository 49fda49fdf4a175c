package vn.policykg.read;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The numbers Word shows before numbered paragraphs ("I.", "1.", "a)", "-"), which are not in the
 * paragraph's text: Vietnamese plans number their headings and items with Word's automatic numbering, so
 * without them "1. Mục đích" would read "Mục đích". Fed the paragraphs in document order, it keeps one
 * counter per list (numId) and level; a paragraph at one level restarts the levels below it. Word's
 * sharing of counters between lists of one abstract numbering is not followed.
 */
final class WordNumbering {

    private static final int LEVELS = 9;
    private static final int UNSET = Integer.MIN_VALUE;

    private final XWPFNumbering numbering;
    private final Map<BigInteger, CTLvl[]> levelsByList = new HashMap<>();
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    WordNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** The label with the space after it ("1. "), or "" for a paragraph without numbering. */
    String label(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        if (numbering == null || numId == null || numId.signum() == 0) // numId 0 is "numbering removed"
        return "";
        CTLvl[] levels = levelsByList.computeIfAbsent(numId, this::levels);
        int level = paragraph.getNumIlvl() == null
                ? 0
                : Math.clamp(paragraph.getNumIlvl().intValue(), 0, LEVELS - 1);
        if (levels[level] == null) return "";
        int[] count = counters.computeIfAbsent(numId, id -> filled(UNSET));
        count[level] = count[level] == UNSET ? start(levels[level]) : count[level] + 1;
        Arrays.fill(count, level + 1, LEVELS, UNSET);
        String text = levels[level].getLvlText() == null
                ? ""
                : levels[level].getLvlText().getVal();
        String label = "bullet".equals(format(levels[level])) ? bullet(text) : expand(text, levels, count);
        return label.isEmpty() ? "" : label + suffix(levels[level]);
    }

    /** The list's levels: its abstract numbering's with the list's own overrides (w:lvlOverride) applied. */
    private CTLvl[] levels(BigInteger numId) {
        CTLvl[] levels = new CTLvl[LEVELS];
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) return levels;
        XWPFAbstractNum abstractNum =
                numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum == null) return levels;
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) put(levels, lvl);
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            if (override.getLvl() != null) put(levels, override.getLvl());
            if (override.getStartOverride() != null
                    && override.getIlvl() != null
                    && override.getIlvl().intValue() < LEVELS) {
                CTLvl lvl = levels[override.getIlvl().intValue()];
                if (lvl != null) {
                    lvl = (CTLvl) lvl.copy(); // the document's own level stays as it is
                    (lvl.getStart() == null ? lvl.addNewStart() : lvl.getStart())
                            .setVal(override.getStartOverride().getVal());
                    levels[override.getIlvl().intValue()] = lvl;
                }
            }
        }
        return levels;
    }

    private static void put(CTLvl[] levels, CTLvl lvl) {
        if (lvl.getIlvl() != null
                && lvl.getIlvl().intValue() >= 0
                && lvl.getIlvl().intValue() < LEVELS) levels[lvl.getIlvl().intValue()] = lvl;
    }

    /** "%1.%2)" with each %n the counter of level n in that level's format. */
    private static String expand(String text, CTLvl[] levels, int[] count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int n = c == '%' && i + 1 < text.length() ? text.charAt(i + 1) - '1' : -1;
            if (n >= 0 && n < LEVELS) {
                CTLvl lvl = levels[n];
                int value = count[n] != UNSET ? count[n] : lvl == null ? 1 : start(lvl);
                if (lvl == null || !"none".equals(format(lvl)))
                    out.append(
                            lvl == null
                                    ? Integer.toString(value)
                                    : number(format(lvl)).format(value));
                i++;
            } else out.append(c);
        }
        return out.toString();
    }

    /** Symbol and Wingdings bullets are private-use code points that mean nothing as text: shown as "•". */
    private static String bullet(String text) {
        return text.codePoints().anyMatch(cp -> Character.getType(cp) == Character.PRIVATE_USE) ? "•" : text;
    }

    private static ListNumber number(String format) {
        return switch (format) {
            case "decimalZero" -> ListNumber.DECIMAL_ZERO;
            case "lowerLetter" -> ListNumber.LOWER_LETTER;
            case "upperLetter" -> ListNumber.UPPER_LETTER;
            case "lowerRoman" -> ListNumber.LOWER_ROMAN;
            case "upperRoman" -> ListNumber.UPPER_ROMAN;
            default -> ListNumber.DECIMAL; // decimal and the rare scripts (ordinal words, CJK) as plain numbers
        };
    }

    private static String format(CTLvl lvl) {
        return lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null
                ? "decimal"
                : lvl.getNumFmt().getVal().toString();
    }

    private static int start(CTLvl lvl) {
        return lvl.getStart() == null || lvl.getStart().getVal() == null
                ? 0
                : lvl.getStart().getVal().intValue();
    }

    /**
     * w:suff: a tab (the default) or a space both read as a space, "nothing" as nothing. Read from the XML
     * because poi-ooxml-lite leaves out the suffix's schema type.
     */
    private static String suffix(CTLvl lvl) {
        for (Node n = lvl.getDomNode().getFirstChild(); n != null; n = n.getNextSibling())
            if (n instanceof Element e && "suff".equals(e.getLocalName()))
                return "nothing".equals(e.getAttributeNS(e.getNamespaceURI(), "val")) ? "" : " ";
        return " ";
    }

    private static int[] filled(int value) {
        int[] a = new int[LEVELS];
        Arrays.fill(a, value);
        return a;
    }
}
