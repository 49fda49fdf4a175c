/**
 * Linked data: every data IRI dereferences here ({@link vn.policykg.web.linkeddata.ResourceController}) to
 * an HTML page or, by content negotiation or extension, to Turtle, JSON-LD, RDF/XML or N-Triples
 * ({@link vn.policykg.web.linkeddata.Representation}); plus the document list, the home and indicator
 * pages, the reference resolver, the dataset's VoID/DCAT description, the sitemap and the change feed.
 * What a resource is described by is decided once, in {@link vn.policykg.web.linkeddata.Descriptions}.
 *
 * <p>To add what a kind of page shows: its queries in {@link vn.policykg.web.linkeddata.ResourcePages}
 * (bound to {@code ?focus}, run through {@link vn.policykg.web.linkeddata.Sparql}) and its part in
 * {@code templates/resource/{kind}.html}; a browser test reads it from the page
 * (see {@code ResourcePagesBrowserTest}).
 */
package vn.policykg.web.linkeddata;
