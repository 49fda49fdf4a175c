package vn.policykg.web.linkeddata;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFFormat;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The forms a resource is served in, and the choice among them: a file extension wins, then
 * {@code ?format=}, then the Accept header (highest q; on a tie the earlier form here, so a browser's
 * {@code *}{@code /*} gets the page).
 */
public enum Representation {
    HTML("HTML", "html", "text/html", null, List.of("application/xhtml+xml")),
    TURTLE("Turtle", "ttl", "text/turtle", RDFFormat.TURTLE_PRETTY, List.of("application/x-turtle")),
    JSONLD("JSON-LD", "jsonld", "application/ld+json", RDFFormat.JSONLD11, List.of("application/json")),
    RDFXML("RDF/XML", "rdf", "application/rdf+xml", RDFFormat.RDFXML_PLAIN, List.of("application/xml", "text/xml")),
    NTRIPLES("N-Triples", "nt", "application/n-triples", RDFFormat.NTRIPLES_UTF8, List.of("text/plain"));

    public final String label;
    public final String extension;
    public final String mediaType;
    public final RDFFormat rdf;
    private final List<String> aliases;

    Representation(String label, String extension, String mediaType, RDFFormat rdf, List<String> aliases) {
        this.label = label;
        this.extension = extension;
        this.mediaType = mediaType;
        this.rdf = rdf;
        this.aliases = aliases;
    }

    /** The RDF forms, in the order alternates are listed. */
    public static final List<Representation> RDF = List.of(TURTLE, JSONLD, RDFXML, NTRIPLES);

    /** A choice the request makes impossible: 406 with this message. */
    public static final class NotAcceptable extends RuntimeException {
        NotAcceptable(String message) {
            super(message);
        }
    }

    public static Representation byExtension(String extension) {
        for (Representation r : values()) if (r.extension.equals(extension)) return r;
        return null;
    }

    /**
     * @param format  the {@code ?format=} value or null
     * @param accept  the Accept header or null
     */
    public static Representation choose(String format, String accept) {
        if (format != null) {
            Representation r = byExtension(format.strip().toLowerCase(Locale.ROOT));
            if (r == null)
                throw new NotAcceptable("Không có định dạng '" + format
                        + "'. Định dạng có: html, ttl, jsonld, rdf, nt. (Unknown format.)");
            return r;
        }
        if (accept == null || accept.isBlank()) return HTML;
        List<MediaType> ranges;
        try {
            ranges = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new NotAcceptable("Tiêu đề Accept không hợp lệ: " + e.getMessage());
        }
        Representation best = null;
        double bestQ = 0;
        for (Representation r : values()) {
            double q = r.quality(ranges);
            if (q > bestQ) {
                best = r;
                bestQ = q;
            }
        }
        if (best == null)
            throw new NotAcceptable("Không có định dạng nào phù hợp với Accept: " + accept
                    + ". Có: text/html, text/turtle, application/ld+json, application/rdf+xml, application/n-triples.");
        return best;
    }

    /** The q of the most specific range that covers this form (RFC 9110 §12.5.1); 0 when none does. */
    private double quality(List<MediaType> ranges) {
        double q = 0;
        int specificity = -1;
        for (String name : names()) {
            MediaType own = MediaType.parseMediaType(name);
            for (MediaType range : ranges) {
                if (!range.includes(own)) continue;
                int s = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
                // An alias (application/json for JSON-LD) counts a little less than the real name.
                double rq = range.getQualityValue() * (name.equals(mediaType) ? 1 : 0.9);
                if (s > specificity || (s == specificity && rq > q)) {
                    specificity = s;
                    q = rq;
                }
            }
        }
        return q;
    }

    private List<String> names() {
        return Stream.concat(Stream.of(mediaType), aliases.stream()).toList();
    }
}
