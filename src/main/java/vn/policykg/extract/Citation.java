package vn.policykg.extract;

import java.time.LocalDate;
import vn.policykg.source.Clause;

/**
 * A numbered document named in a clause.
 *
 * @param type          the document type word, canonical ("Nghị quyết", "Kế hoạch" …)
 * @param numberAsWritten  the number as printed ("91- KL/TW", "71-NQ/TU"); empty for a law cited by name and date
 * @param number        the real document's number ("91-KL/TW", "71-NQ/TW"), see {@link #correction}; empty for a law
 *                      cited by name and date only ("Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015")
 * @param name          the name a law is cited by ("Luật Tổ chức Chính phủ"), or null
 * @param date          the date the mention states, or null
 * @param issuer        the issuing body the mention states (or the number's suffix makes certain), or null
 * @param issuerStated  whether the words of the mention name the issuer
 * @param jurisdiction  "vn" or the province code
 * @param correction    why {@code number} differs from what is written beyond spacing, or null
 * @param uncertain     why the real document is not certain, or null
 * @param from          start of the mention in the clause text
 * @param to            end of the mention (after the issuer when one follows) in the clause text
 */
public record Citation(
        Clause clause,
        String type,
        String numberAsWritten,
        String number,
        String name,
        LocalDate date,
        String issuer,
        boolean issuerStated,
        String jurisdiction,
        Relation relation,
        String correction,
        String uncertain,
        int from,
        int to) {

    /** Whether the mention names the document by its name and date only. */
    public boolean unnumbered() {
        return number.isEmpty();
    }

    /** The same mention, with the issuer that the list it stands in names after its last item. */
    Citation withIssuer(String sharedIssuer, String sharedJurisdiction) {
        return new Citation(
                clause,
                type,
                numberAsWritten,
                number,
                name,
                date,
                sharedIssuer,
                true,
                sharedJurisdiction,
                relation,
                correction,
                uncertain,
                from,
                to);
    }

    public enum Relation {
        /** The citing document carries out the cited one ("Thực hiện Nghị quyết số …" in its title or preamble). */
        IMPLEMENTS,
        /** The citing text changes the cited one ("Sửa đổi, bổ sung một số điều của Nghị định số 68/2026/NĐ-CP"). */
        AMENDS,
        /** "Căn cứ", "Bám sát", a list of bases. */
        BASED_ON,
        /** "(ban hành theo Nghị quyết số 35-NQ/TU …)". */
        ISSUED_UNDER,
        /** The document's own number. */
        SELF,
        /** Any other mention. */
        CITES
    }
}
