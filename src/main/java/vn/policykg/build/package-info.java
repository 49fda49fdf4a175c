/**
 * Building a store generation: gather the documents (the curated manifest of data/ and every supported
 * file of the corpus folders), read and parse each, extract its facts, map everything to RDF, check it
 * against the SHACL shapes, and hand the graph to {@code vn.policykg.store} to be written as a new
 * generation. Depends on every earlier stage (read, source, extract, rdf) and on store; nothing but the
 * web layer and the command line depends on it.
 *
 * <p>To add a build step, add it to {@link vn.policykg.build.StoreBuilder#assemble} and record what it did in
 * the report, which the {@code build} command prints and the service logs.
 */
package vn.policykg.build;
