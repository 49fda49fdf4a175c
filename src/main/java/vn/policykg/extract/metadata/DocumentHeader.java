package vn.policykg.extract.metadata;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A document's metadata as its own text states it, each value with the span it was read from.
 * A value that could not be read is empty and {@link #notes()} says what was not found.
 *
 * @param issuers         the issuing bodies as written ("THỦ TƯỚNG CHÍNH PHỦ"); several for a joint document
 * @param number          "844/QĐ-TTg", stray spaces and line breaks taken out
 * @param kind            the document's kind; a consolidated text is {@link DocumentKind#CONSOLIDATED_TEXT}
 * @param consolidatedKind for a consolidated text, the kind of the document it consolidates (its kind line)
 * @param legalBases      each "Căn cứ …" statement, without the opening words and the closing ';'
 * @param implementing    numbers of the documents named in "Thực hiện …" statements
 * @param issues          what "Ban hành kèm theo <Kind> này …" issues (a programme, a regulation)
 * @param effectDate      from "… này có hiệu lực … từ ngày …"; the document's date when it reads "từ ngày ký"
 * @param effectFromSigning whether the effect date was read as "from the day of signing"
 * @param consolidates    for a consolidated text, the numbers of the documents it consolidates
 */
public record DocumentHeader(
        List<Found<String>> issuers,
        Optional<Found<String>> number,
        Optional<Found<String>> place,
        Optional<Found<LocalDate>> date,
        Optional<Found<DocumentKind>> kind,
        Optional<Found<DocumentKind>> consolidatedKind,
        Optional<Found<String>> title,
        List<Found<String>> legalBases,
        List<Found<String>> implementing,
        Optional<Found<String>> issues,
        Optional<Found<String>> proposedBy,
        Optional<Found<String>> signer,
        Optional<Found<LocalDate>> effectDate,
        boolean effectFromSigning,
        List<Found<String>> amends,
        List<Found<String>> replaces,
        List<Found<String>> repeals,
        List<Found<String>> consolidates,
        List<String> notes) {}
