/**
 * The facts of a parsed document, each with the words it came from: citations of other documents, tasks
 * (with their bodies in their roles, deadlines and results), quantified targets and funding lines
 * ({@link vn.policykg.extract.DocumentFacts}). Input is a {@code vn.policykg.source.ParsedDocument}; output
 * is plain records, never RDF ({@code vn.policykg.rdf} maps them). Rules are written for the genre, not for
 * one file: each extractor says in its Javadoc which shapes of text it reads.
 *
 * <p>To add a kind of fact: a record for it, an extractor with a static {@code extract(ParsedDocument)}
 * (see {@link vn.policykg.extract.BudgetExtractor}), a field in {@code DocumentFacts} filled in
 * {@link vn.policykg.extract.DocumentFacts#extract}, its mapping in {@code vn.policykg.rdf.FactMapper}, and
 * gold and a test on the seeds and on {@code ../shared/corpus}.
 */
package vn.policykg.extract;
