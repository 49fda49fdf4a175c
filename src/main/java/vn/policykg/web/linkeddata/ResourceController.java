package vn.policykg.web.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.policykg.web.Addresses;
import vn.policykg.web.RdfWriting;

/**
 * Every data IRI and the ontology dereference here, by direct content negotiation: the IRI itself
 * answers with a page or RDF as the request asks (no 303), {@code Vary: Accept} tells caches so, and
 * {@code Content-Location} plus {@code Link rel=alternate} name the address of each form
 * ({@code IRI.ttl}, {@code .jsonld}, {@code .rdf}, {@code .nt}, {@code .html}).
 */
@Controller
public class ResourceController {

    private final Addresses addresses;
    private final ResourceDescriptions descriptions;
    private final ResourcePages pages;

    public ResourceController(Addresses addresses, ResourceDescriptions descriptions, ResourcePages pages) {
        this.addresses = addresses;
        this.descriptions = descriptions;
        this.pages = pages;
    }

    @GetMapping({
        "/eli/**",
        "/org/**",
        "/indicator",
        "/indicator.{ext}",
        "/indicator/**",
        "/jurisdiction/**",
        "/build/**",
        Addresses.ONTOLOGY_PATH,
        Addresses.ONTOLOGY_PATH + ".{ext}",
        Addresses.ONTOLOGY_PATH + "/**"
    })
    public Object resource(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(name = "format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        String path = request.getRequestURI();
        Representation chosen = null;
        if (!descriptions.exists(addresses.iri(path))) {
            int dot = path.lastIndexOf('.');
            Representation byExtension =
                    dot > path.lastIndexOf('/') ? Representation.byExtension(path.substring(dot + 1)) : null;
            if (byExtension == null || !descriptions.exists(addresses.iri(path.substring(0, dot))))
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            path = path.substring(0, dot);
            chosen = byExtension;
        }
        String iri = addresses.iri(path);
        negotiated(response, path);
        if (chosen == null) chosen = negotiate(format, accept);
        if (chosen == Representation.HTML) return pages.page(iri);
        response.setHeader(HttpHeaders.CONTENT_LOCATION, path + "." + chosen.extension);
        return rdf(descriptions.describe(iri), chosen, path);
    }

    /** The headers of a negotiated answer: caches key on Accept, and every form's address is named. */
    static void negotiated(HttpServletResponse response, String path) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        response.setHeader(HttpHeaders.LINK, alternates(path));
    }

    /** The form {@code ?format=} or the Accept header asks for; 406 when none can be given. */
    static Representation negotiate(String format, String accept) {
        try {
            return Representation.choose(format, accept);
        } catch (Representation.NotAcceptable e) {
            throw new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE, e.getMessage());
        }
    }

    /**
     * {@code model} written in {@code form}, UTF-8. The file name is the resource's own (Spring would
     * otherwise name an answer to an address with an extension "f.txt").
     */
    static ResponseEntity<byte[]> rdf(Model model, Representation form, String path) {
        byte[] body = RdfWriting.bytes(model, form.rdf);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"" + path.substring(path.lastIndexOf('/') + 1) + "." + form.extension + "\"")
                .contentType(new MediaType(MediaType.parseMediaType(form.mediaType), StandardCharsets.UTF_8))
                .body(body);
    }

    /** The Link header naming every form of the resource at {@code path}. */
    static String alternates(String path) {
        return Arrays.stream(Representation.values())
                .map(r -> "<" + path + "." + r.extension + ">; rel=\"alternate\"; type=\"" + r.mediaType + "\"")
                .collect(Collectors.joining(", "));
    }
}
