/**
 * Parsed documents and their facts → one RDF graph in the ontology of {@code ontology/vnpolicy.ttl}:
 * {@link vn.policykg.rdf.GraphMapper} for documents and clauses, {@link vn.policykg.rdf.FactMapper} for
 * facts (each with a Web Annotation pointing at its source words), {@link vn.policykg.rdf.BodyRegistry}
 * and {@link vn.policykg.rdf.CitedDocuments} for one node per body and per cited document across the corpus.
 * Every data IRI is minted by {@link vn.policykg.rdf.IriPolicy}, from identity and never from order.
 *
 * <p>To map a new fact: add its terms to the ontology and to {@code vn.policykg.vocab.Vocab}, its IRI
 * to {@code IriPolicy}, its triples to {@code FactMapper}, and its shape to {@code ontology/shapes.ttl}
 * (the build checks every graph against it).
 */
package vn.policykg.rdf;
