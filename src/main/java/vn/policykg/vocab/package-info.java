/**
 * The names every stage shares: the terms of our ontology and of the vocabularies we reuse
 * ({@link vn.policykg.vocab.Vocab}) and the kinds of document with their Vietnamese words, ELI types and
 * abbreviations ({@link vn.policykg.vocab.DocumentType}). A term used in code is declared here once, as the
 * ontology file declares it.
 */
package vn.policykg.vocab;
