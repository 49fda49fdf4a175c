/**
 * The read model of tasks and targets that pages, exports and the deadline calendar share: one query each
 * ({@link vn.policykg.web.facts.FactReader}) over the current generation, giving {@link
 * vn.policykg.web.facts.StoredTask} and {@link vn.policykg.web.facts.StoredTarget} with their bodies in their
 * roles. "Stored" sets them apart from {@code extract.Task} and {@code extract.Target}, which are what a text
 * says before it is mapped to RDF.
 *
 * <p>To show one more property of a task or target: add it to the query and the record here, then use it where
 * it is shown; every page and export sees the same value. A new selection (the tasks of a body, of a document)
 * is a pattern binding {@code ?fact} from {@code ?focus}, written where it is used.
 */
package vn.policykg.web.facts;
