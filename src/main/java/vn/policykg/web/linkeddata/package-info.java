/**
 * Linked data: every data IRI dereferences here ({@link vn.policykg.web.linkeddata.ResourceController}) to
 * an HTML page or, by content negotiation or extension, to Turtle, JSON-LD, RDF/XML or N-Triples
 * ({@link vn.policykg.web.linkeddata.Representation}); plus the document list, the home and indicator
 * pages, the reference resolver, the dataset's VoID/DCAT description, the sitemap and the change feed.
 * What a resource is described by is decided once, in {@link vn.policykg.web.linkeddata.ResourceDescriptions};
 * every RDF form, and the JSON-LD inside a page, is written through {@link vn.policykg.web.RdfWriting}.
 *
 * <p>A resource page ({@link vn.policykg.web.linkeddata.ResourcePages}) is what every page has plus one
 * {@link vn.policykg.web.linkeddata.PagePart} per kind (document, clause, body, indicator, task, the ontology),
 * each with its queries (bound to {@code ?focus}, run through {@link vn.policykg.web.linkeddata.PageQueries}) and its
 * part in {@code templates/resource/{kind}.html}; names and links come from
 * {@link vn.policykg.web.linkeddata.ResourceNames}, the tables of tasks and targets from
 * {@link vn.policykg.web.linkeddata.FactTables} over the shared read model {@code web.facts}. To add a kind: copy {@code TaskPage}, add it to the list in
 * {@code ResourcePages}' constructor, write its template part and a browser test that reads it from the page
 * (see {@code ResourcePagesBrowserTest}).
 */
package vn.policykg.web.linkeddata;
