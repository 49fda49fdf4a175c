package vn.policykg.web;

import java.io.ByteArrayOutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * A graph written out for an answer: the RDF forms of a resource, the JSON-LD inside its page, the SPARQL
 * endpoint's service description. Every RDF answer of the service is written here.
 */
public final class RdfWriting {

    private RdfWriting() {}

    /**
     * {@code m} in {@code format}, UTF-8. JSON-LD is written with the platform class loader as the thread's
     * context loader: the JSON library under Jena's JSON-LD writer (jakarta.json 2.0) looks its provider up through
     * the context loader for every value it makes, which in the packaged service searched every nested jar and took
     * a sixth of a page's time. The platform loader has no provider to offer, so the library takes its built-in
     * one, the same provider the search would have found.
     */
    public static byte[] bytes(Model m, RDFFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        if (format.getLang() == Lang.JSONLD || format.getLang() == Lang.JSONLD11)
            thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            RDFDataMgr.write(out, m, format);
        } finally {
            thread.setContextClassLoader(context);
        }
        return out.toByteArray();
    }
}
