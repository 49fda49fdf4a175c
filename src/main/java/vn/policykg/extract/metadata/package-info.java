/**
 * A document's metadata read from its own text: issuer, number, place and date, kind and title,
 * legal bases, what it implements or issues, proposing body, signer, effect date, and the documents
 * it amends, replaces, repeals or consolidates. Never from a collector's index: the header is the
 * authority.
 *
 * <p>{@link vn.policykg.extract.metadata.DocumentHeaderReader} builds a {@code ReadingText} (the
 * document's own lines, page furniture and Markdown markup left out, every char mapped back to the
 * input) and runs one small piece per field over it: {@code NumberLine}, {@code IssuerBlock},
 * {@code DateLine}, {@code KindAndTitle}, {@code Preamble}, {@code EffectClause}, {@code SignerBlock},
 * {@code AmendmentClauses}, {@code PublicationLead}. Each value is a {@link vn.policykg.extract.metadata.Found}
 * with its source span; what cannot be read is empty and noted in {@code notes()}.
 *
 * <p>To add a field: write a piece that takes the {@code ReadingText} (and the anchors it needs:
 * the number line, the body start, the preamble statements), returns {@code Found} values made with
 * {@code ReadingText.found(value, viewStart, viewEnd)}, add the component to {@code DocumentHeader}
 * and a note for when it is missing. To add a pattern: extend the piece's pattern for the genre
 * (Decree 30/2020/NĐ-CP layout, Party document layout), never for one file; write the rule looking
 * at the development half of the gazette corpus only and check {@code DocumentHeaderAccuracyTest}.
 * A new document kind is one constant in {@link vn.policykg.extract.metadata.DocumentKind}.
 */
package vn.policykg.extract.metadata;
