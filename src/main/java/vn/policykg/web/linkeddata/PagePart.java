package vn.policykg.web.linkeddata;

import java.util.function.Predicate;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.springframework.web.servlet.ModelAndView;

/**
 * What one kind of resource page shows beyond what every page has ({@link ResourcePages}). Its values go
 * into the page's model; its template part is {@code templates/resource/{name}.html}.
 *
 * <p>To add a kind: extend this as a {@code @Component} in this package (see {@link TaskPage}), add it to
 * the list in {@link ResourcePages}' constructor (the first part that shows a resource is used), write its
 * template part, and a browser test that reads it from the page.
 */
abstract class PagePart {

    private final String name;
    private final Predicate<Resource> shows;

    /** {@code name}: the page's {@code kind} and its template part; {@code shows}: which resources are of the kind. */
    PagePart(String name, Predicate<Resource> shows) {
        this.name = name;
        this.shows = shows;
    }

    final String name() {
        return name;
    }

    final boolean shows(Resource r) {
        return shows.test(r);
    }

    /** Adds what the kind shows to {@code page}; may add statements to the page's embedded JSON-LD. */
    abstract void addTo(ModelAndView page, Resource r, Model jsonLd);
}
