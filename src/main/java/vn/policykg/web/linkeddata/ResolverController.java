package vn.policykg.web.linkeddata;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import vn.policykg.web.Addresses;
import vn.policykg.web.JsonOrHtml;

/**
 * {@code /resolve?ref=…&province=…}: 303 to the document a reference names; 300 with the candidates
 * (a page, or JSON when the client asks for it) when several fit or a provincial number comes without
 * its province; 404 saying the reference is unknown; 400 when there is no reference.
 */
@Controller
public class ResolverController {

    private final Resolver resolver;
    private final Addresses addresses;

    public ResolverController(Resolver resolver, Addresses addresses) {
        this.resolver = resolver;
        this.addresses = addresses;
    }

    @GetMapping("/resolve")
    public Object resolve(
            @RequestParam(name = "ref", required = false) String ref,
            @RequestParam(name = "province", required = false) String province,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        if (ref == null || ref.isBlank())
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Thiếu tham số ref, ví dụ /resolve?ref=42-NQ/TW. (The ref parameter is missing or blank.)");
        Resolver.Result result;
        try {
            result = resolver.resolve(ref, province);
        } catch (Resolver.UnknownProvince e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        boolean json = JsonOrHtml.json(accept, false);
        return switch (result) {
            case Resolver.Resolved r ->
                ResponseEntity.status(HttpStatus.SEE_OTHER)
                        .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                        .location(URI.create(addresses.href(r.document().iri())))
                        .build();
            case Resolver.Ambiguous a ->
                answer(json, HttpStatus.MULTIPLE_CHOICES, ref, province, a.candidates(), a.reason());
            case Resolver.Unknown u -> answer(json, HttpStatus.NOT_FOUND, ref, province, List.of(), u.reason());
        };
    }

    private Object answer(
            boolean json,
            HttpStatus status,
            String ref,
            String province,
            List<Resolver.Candidate> candidates,
            String message) {
        // What both answers say; the JSON adds the error phrase first and each candidate's IRI and jurisdiction.
        Map<String, Object> said = new LinkedHashMap<>();
        said.put("ref", ref);
        said.put("province", province);
        said.put("message", message);
        if (json) {
            Map<String, Object> body = new LinkedHashMap<>();
            if (status.isError()) body.put("error", status.getReasonPhrase());
            body.putAll(said);
            body.put(
                    "candidates",
                    candidates.stream()
                            .map(c -> Map.of(
                                    "iri",
                                    c.iri(),
                                    "address",
                                    addresses.href(c.iri()),
                                    "name",
                                    c.name(),
                                    "jurisdiction",
                                    c.jurisdiction()))
                            .toList());
            return ResponseEntity.status(status)
                    .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body);
        }
        ModelAndView page = new ModelAndView("resolve", status);
        page.addAllObjects(said);
        page.addObject(
                "candidates",
                candidates.stream()
                        .map(c -> new PageValues.Link(
                                c.name() + (c.jurisdictionName() == null ? "" : " – " + c.jurisdictionName()),
                                addresses.href(c.iri())))
                        .toList());
        return page;
    }
}
