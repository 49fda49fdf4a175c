/**
 * Serving store generations: the on-disk layout ({@code generations/<id>} with TDB2, the Lucene text index
 * and the dumps, {@code CURRENT} swapped by an atomic rename), opening the live one, repairing its text
 * index, swapping to a newer one, the RDF Patch from one generation to the next, and running two of a
 * generation's writing steps at once ({@link vn.policykg.store.Concurrently}). What goes into a generation is
 * decided in {@code vn.policykg.build}; this package never parses documents.
 */
package vn.policykg.store;
