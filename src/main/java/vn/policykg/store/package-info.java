/**
 * Serving store generations: the on-disk layout ({@code generations/<id>} with TDB2, the Lucene text index
 * and the dumps, {@code CURRENT} swapped by an atomic rename), opening the live one, repairing its text
 * index, swapping to a newer one, the RDF Patch from one generation to the next, and running two of a
 * generation's writing steps at once ({@link vn.policykg.store.Concurrently}). The text index is written in
 * {@link vn.policykg.store.PassageCodec}, its passages {@link vn.policykg.store.ShortestFirst}; a change to what its
 * codec writes, its fields, analyzer or order raises {@link vn.policykg.store.TextIndexDefinition#VERSION}, and older
 * indexes are rebuilt. How the codec reads may change without it (its norms are read into the heap, {@link
 * vn.policykg.store.NormsOnHeap}, from Lucene's own files). A value that readers derive from a whole generation
 * (counts, sorted lists, labels) is kept in a {@link vn.policykg.store.GenerationMemo}, which recomputes it when
 * another generation is swapped in. What goes
 * into a generation is decided in {@code vn.policykg.build}; this package never parses documents.
 */
package vn.policykg.store;
