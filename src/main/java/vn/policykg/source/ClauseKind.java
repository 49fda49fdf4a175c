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
    /** "Chương I": a chapter of a legal document. */
    CHAPTER("chp"),
    /** Roman numerals: "I.", "II-"; in a legal document "Mục 1". */
    SECTION("sec"),
    /** "Điều 5.", "Điều 7a.": an article of a legal document. */
    ARTICLE("art"),
    /** Arabic numbers: "1.", "1.1.", "2.2.1"; in a legal document a khoản. */
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
