package vn.policykg.vocab;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The kinds of document we know, one table for every stage: the Vietnamese word a text or a citation
 * uses ("Nghị định"), the ELI type segment of the document's IRI ("nd"), and the concept of our
 * document-type scheme (dt:decree). A citation and the document's own header must give the same segment,
 * so a document first known by citation keeps its IRI once its text is added; and the code a number uses for it
 * ("NĐ" in "158/2025/NĐ-CP"). To add a kind: add a constant here and its concept to ontology/vnpolicy.ttl.
 */
public enum DocumentType {
    ACTION_PROGRAMME("Chương trình hành động", "ctr", "action-programme", "CTr"),
    PROGRAMME("Chương trình", "chuong-trinh", "programme", ""),
    RESOLUTION("Nghị quyết", "nq", "resolution", "NQ"),
    JOINT_RESOLUTION("Nghị quyết liên tịch", "nqlt", "resolution", ""),
    PLAN("Kế hoạch", "kh", "plan", "KH"),
    DIRECTIVE("Chỉ thị", "ct", "directive", "CT"),
    CONCLUSION("Kết luận", "kl", "conclusion", "KL"),
    DECISION("Quyết định", "qd", "decision", "QĐ"),
    REGULATION("Quy định", "quy-dinh", "regulation", ""),
    SCHEME("Đề án", "da", "scheme-document", ""),
    LAW("Luật", "luat", "law", ""),
    ORDINANCE("Pháp lệnh", "phap-lenh", "ordinance", ""),
    DECREE("Nghị định", "nd", "decree", "NĐ"),
    JOINT_CIRCULAR("Thông tư liên tịch", "ttlt", "joint-circular", ""),
    CIRCULAR("Thông tư", "tt", "circular", "TT"),
    CONSOLIDATED_TEXT("Văn bản hợp nhất", "vbhn", "consolidated-text", "VBHN"),
    GUIDANCE("Hướng dẫn", "hd", "guidance", "HD"),
    NOTICE("Thông báo", "tb", "notice", "TB"),
    REPORT("Báo cáo", "bc", "report", "BC"),
    SUBMISSION("Tờ trình", "ttr", "submission", "TTr"),
    OFFICIAL_LETTER("Công văn", "cv", "official-letter", "CV");

    private final String word;
    private final String eliType;
    private final String concept;
    private final String numberCode;

    DocumentType(String word, String eliType, String concept, String numberCode) {
        this.word = word;
        this.eliType = eliType;
        this.concept = concept;
        this.numberCode = numberCode;
    }

    /** The Vietnamese name as a sentence writes it: "Nghị định". */
    public String word() {
        return word;
    }

    /** The type segment of the ELI IRI: "nd". */
    public String eliType() {
        return eliType;
    }

    /** The local name of the concept in the document-type scheme: "decree". */
    public String concept() {
        return concept;
    }

    /** The kind a word names, in any case ("NGHỊ ĐỊNH", "Nghị định"); longer names win ("Thông tư liên tịch"). */
    public static Optional<DocumentType> ofWord(String text) {
        if (text == null) return Optional.empty();
        String w = Normalizer.normalize(text.strip(), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
        return Arrays.stream(values())
                .filter(t -> t.word.toLowerCase(Locale.ROOT).equals(w))
                .findFirst();
    }

    /**
     * The kind a document number's type part names ("CV" in "402-CV/VPĐU", "NĐ" in "158/2025/NĐ-CP"), for a
     * document whose kind line cannot be read; empty when no part of the number is a kind's code.
     */
    public static Optional<DocumentType> ofNumber(String number) {
        for (String part : number.split("[-/]"))
            for (DocumentType t : values())
                if (!t.numberCode.isEmpty() && t.numberCode.equals(part)) return Optional.of(t);
        return Optional.empty();
    }

    public static Optional<DocumentType> ofEliType(String segment) {
        return Arrays.stream(values()).filter(t -> t.eliType.equals(segment)).findFirst();
    }

    /**
     * Whether the kind lays down law (a law, ordinance, decree, circular or a consolidation of them): its rates,
     * thresholds and amounts are rules, and it sets no plan's targets.
     */
    public boolean laysDownLaw() {
        return switch (this) {
            case LAW, ORDINANCE, DECREE, CIRCULAR, JOINT_CIRCULAR, CONSOLIDATED_TEXT -> true;
            default -> false;
        };
    }

    /** A Party number: "57-NQ/TW", "35-NQ/TU", "3260-KH/ĐĐQH15" (Party documents are not State law). */
    public static boolean isPartyNumber(String number) {
        return number.matches(".*/(TW|TU|ĐH)$") || number.matches(".*-(NQ|KH|CT|KL|QĐ|CTr|CV|BC|TB|HD)/.*");
    }

    /** The ELI type segment for a kind word, or a slug of the word for a kind we do not list. */
    public static String eliTypeOf(String word, UnaryOperator<String> slug) {
        return ofWord(word).map(DocumentType::eliType).orElseGet(() -> slug.apply(word));
    }
}
