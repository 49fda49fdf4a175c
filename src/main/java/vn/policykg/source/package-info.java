/**
 * Source documents → trees of {@link vn.policykg.source.Clause}s with exact source spans.
 * <p>
 * {@link vn.policykg.source.SourceText} holds a file as NFC text; {@link vn.policykg.source.LineCleaner}
 * and {@code LogicalLine} turn its lines into clean lines that remember each character's source
 * offset, leaving out {@link vn.policykg.source.PageFurniture}; a structure recogniser builds the
 * clause tree and {@code ParsedDocument.assemble} gives identifiers ({@code ClauseIds}) and spans.
 * Invariant: the source text at a clause's span, markup and page furniture removed and white space
 * folded, is the clause's text.
 * <p>
 * Recognisers ({@link vn.policykg.source.StructureRecognizers}): {@code legal}
 * ({@link vn.policykg.source.LegalStructureParser}: Chương, Mục, Điều, khoản, điểm, quoted
 * amendments, annexes) and {@code plan} ({@link vn.policykg.source.StructureParser}, the default:
 * Roman sections, "1.1", "(1)", bullets, tab-separated appendix tables). To add one, implement
 * {@link vn.policykg.source.StructureRecognizer} here and list it in {@code StructureRecognizers.ALL};
 * its Javadoc says what the confidence must mean.
 */
package vn.policykg.source;
