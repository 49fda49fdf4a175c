package vn.policykg.extract.metadata;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/** The kind of a document, as named in capitals on its own line under the header (Decree 30/2020/NĐ-CP layout). */
public enum DocumentKind {
    LAW("LUẬT"),
    ORDINANCE("PHÁP LỆNH"),
    DECREE("NGHỊ ĐỊNH"),
    RESOLUTION("NGHỊ QUYẾT"),
    DECISION("QUYẾT ĐỊNH"),
    JOINT_CIRCULAR("THÔNG TƯ LIÊN TỊCH"),
    CIRCULAR("THÔNG TƯ"),
    CONSOLIDATED_TEXT("VĂN BẢN HỢP NHẤT"),
    DIRECTIVE("CHỈ THỊ"),
    CONCLUSION("KẾT LUẬN"),
    PLAN("KẾ HOẠCH"),
    PROGRAMME("CHƯƠNG TRÌNH"),
    SCHEME("ĐỀ ÁN"),
    REPORT("BÁO CÁO"),
    NOTICE("THÔNG BÁO"),
    OFFICIAL_LETTER("CÔNG VĂN"),
    REGULATION("QUY ĐỊNH"),
    ORDER("LỆNH");

    private final String words;

    DocumentKind(String words) {
        this.words = words;
    }

    /** The kind's name in capitals, as a header writes it. */
    public String words() {
        return words;
    }

    /** The kind a line starting with a kind name (in capitals, longest name first) names. */
    static Optional<DocumentKind> startingLine(String capitals) {
        return Arrays.stream(values())
                .sorted(Comparator.comparingInt((DocumentKind k) -> k.words.length())
                        .reversed())
                .filter(k -> capitals.equals(k.words) || capitals.startsWith(k.words + " "))
                .findFirst();
    }
}
