package vn.policykg.source;

/**
 * Kinds of subdivision, named after Akoma Ntoso elements; {@link #eIdPrefix} builds readable
 * eIds such as {@code sec_III__para_1.1__point_a}.
 */
public enum ClauseKind {
    /** Title block before the body (number, place and date, title). */
    PREFACE("preface"),
    /** Recitals: "Thực hiện Nghị quyết số …" before the first numbered heading. */
    PREAMBLE("preamble"),
    /** "Phần thứ nhất". */
    PART("part"),
    /** Roman numerals: "I.", "II-". */
    SECTION("sec"),
    /** Arabic numbers: "1.", "1.1.", "2.2.1". */
    PARAGRAPH("para"),
    /** Letters: "a)", "đ)". */
    POINT("point"),
    /** Numbers in parentheses: "(1)". */
    ITEM("item"),
    /** Bullet paragraphs: "- ", "+ ", "* ". */
    INDENT("indent"),
    /** An unnumbered paragraph that follows numbered children of its clause. */
    UNNUMBERED("p"),
    /** "Trên đây là …", "Nơi nhận:", signature. */
    CONCLUSIONS("conclusions"),
    /** An appendix ("PHỤ LỤC"). */
    ANNEX("annex"),
    /** A row of an appendix table. */
    ROW("row"),
    /** A footnote body. */
    FOOTNOTE("fn");

    private final String eIdPrefix;

    ClauseKind(String eIdPrefix) {
        this.eIdPrefix = eIdPrefix;
    }

    public String eIdPrefix() {
        return eIdPrefix;
    }
}
