package vn.policykg.web.linkeddata;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import vn.policykg.store.DumpFiles;
import vn.policykg.store.LiveStore;
import vn.policykg.store.StoreLayout;
import vn.policykg.web.Addresses;
import vn.policykg.web.linkeddata.PageValues.Link;

/** The dataset's description (VoID/DCAT and the catalogue page), its dumps and the sitemap. */
@Controller
public class DatasetController {

    /** Site pages besides the resources, for the sitemap. */
    private static final List<String> PAGES =
            List.of("/", "/documents", "/indicators", "/catalog", Addresses.ONTOLOGY_PATH);

    private final Addresses addresses;
    private final DatasetDescription dataset;
    private final ResourceDescriptions descriptions;
    private final TermLabels terms;
    private final LiveStore store;

    public DatasetController(
            Addresses addresses,
            DatasetDescription dataset,
            ResourceDescriptions descriptions,
            TermLabels terms,
            LiveStore store) {
        this.addresses = addresses;
        this.dataset = dataset;
        this.descriptions = descriptions;
        this.terms = terms;
        this.store = store;
    }

    /** VoID + DCAT by content negotiation; a browser is sent to the catalogue page. */
    @GetMapping({DatasetDescription.PATH, DatasetDescription.PATH + ".{ext}"})
    public Object voidDescription(
            @PathVariable(name = "ext", required = false) String ext,
            @RequestParam(name = "format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        ResourceController.negotiated(response, DatasetDescription.PATH);
        if (ext != null && Representation.byExtension(ext) == null)
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        Representation chosen =
                ext != null ? Representation.byExtension(ext) : ResourceController.negotiate(format, accept);
        if (chosen == Representation.HTML)
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create("/catalog"))
                    .build();
        return ResourceController.rdf(dataset.voidGraph(), chosen, DatasetDescription.PATH);
    }

    @GetMapping("/catalog")
    public ModelAndView catalog() {
        ModelAndView page = new ModelAndView("catalog");
        page.addObject("triples", store.size());
        page.addObject("licence", DatasetDescription.LICENCE);
        page.addObject("counts", dataset.namedCounts(terms));
        page.addObject(
                "examples",
                DatasetDescription.EXAMPLES.stream()
                        .map(p -> new Link(terms.vi(addresses.base() + p), "/" + p))
                        .toList());
        page.addObject(
                "dumps",
                DumpFiles.SERVED.stream()
                        .map(d -> new Link(d.fileName() + " (" + size(d) + ")", "/dumps/" + d.fileName()))
                        .toList());
        page.addObject(
                "formats",
                Representation.RDF.stream()
                        .map(f -> new Link(f.label, DatasetDescription.PATH + "." + f.extension))
                        .toList());
        return page;
    }

    @GetMapping("/dumps/{file}")
    public ResponseEntity<Resource> dump(@PathVariable String file) {
        DumpFiles.Dump dump = DumpFiles.SERVED.stream()
                .filter(d -> d.fileName().equals(file))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        StoreLayout.Generation generation = store.current().generation();
        Path path = generation.dumpsDir().resolve(dump.fileName());
        if (!Files.isRegularFile(path)) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        return ResponseEntity.ok()
                .header(DumpFiles.GENERATION_HEADER, generation.id())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + dump.fileName() + "\"")
                .contentType(MediaType.parseMediaType("application/gzip"))
                .body(new FileSystemResource(path));
    }

    /** Every page: the site's own and one per resource with a description (sitemaps.org protocol). */
    @GetMapping("/sitemap.xml")
    public ResponseEntity<String> sitemap() {
        StringBuilder xml = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        PAGES.forEach(p -> url(xml, addresses.absolute(p)));
        for (String iri : descriptions.resources()) {
            String path = addresses.path(iri);
            if (path != null && !path.equals(Addresses.ONTOLOGY_PATH)) url(xml, addresses.absolute(path));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .body(xml.append("</urlset>\n").toString());
    }

    private static void url(StringBuilder xml, String loc) {
        // Our IRIs are plain ASCII without markup characters; '&' is the only one a base IRI might bring.
        xml.append("  <url><loc>")
                .append(loc.replace("&", "&amp;").replace("<", "&lt;"))
                .append("</loc></url>\n");
    }

    private String size(DumpFiles.Dump d) {
        try {
            Path p = store.current().generation().dumpsDir().resolve(d.fileName());
            return Files.isRegularFile(p)
                    ? String.format(Locale.ROOT, "%.1f MB", Files.size(p) / 1e6).replace('.', ',')
                    : "chưa có";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
