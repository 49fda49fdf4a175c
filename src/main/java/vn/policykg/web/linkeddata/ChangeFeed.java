package vn.policykg.web.linkeddata;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.policykg.store.LiveStore;
import vn.policykg.store.PublicationLog;
import vn.policykg.store.PublicationLog.Change;
import vn.policykg.store.StoreLayout;
import vn.policykg.web.Addresses;

/**
 * {@code GET /changes.atom}: an Atom 1.0 feed of the documents each build added, changed or removed, newest
 * first, read from the served generation's publication log, so other sites can follow the graph without
 * crawling it. An entry's id is the document's IRI with the generation, so a document changed by two builds
 * gives two entries.
 */
@RestController
public class ChangeFeed {

    public static final String PATH = "/changes.atom";
    /** Entries in the feed: a follower polling now and then needs the recent builds, not the whole history. */
    static final int ENTRIES = 500;

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final MediaType ATOM_UTF8 = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final Map<Change, String> CHANGE_LABELS =
            Map.of(Change.ADDED, "Văn bản mới", Change.CHANGED, "Văn bản thay đổi", Change.REMOVED, "Văn bản bị gỡ bỏ");

    private final LiveStore store;
    private final Addresses addresses;

    public ChangeFeed(LiveStore store, Addresses addresses) {
        this.store = store;
        this.addresses = addresses;
    }

    @GetMapping(PATH)
    public ResponseEntity<String> feed() {
        StoreLayout.Generation gen = store.current().generation();
        List<PublicationLog.Entry> log = PublicationLog.read(gen).reversed();
        List<PublicationLog.Entry> entries = log.subList(0, Math.min(ENTRIES, log.size()));
        Instant updated =
                entries.isEmpty() ? published(gen) : entries.getFirst().at();
        return ResponseEntity.ok().contentType(ATOM_UTF8).body(write(entries, updated));
    }

    private String write(List<PublicationLog.Entry> entries, Instant updated) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "vi");
            text(xml, "id", addresses.absolute(PATH));
            text(xml, "title", "Tri thức chính sách – văn bản mới và thay đổi");
            text(xml, "updated", updated.toString());
            link(xml, "self", addresses.absolute(PATH), "application/atom+xml");
            link(xml, "alternate", addresses.absolute(DocumentListQuery.PATH), "text/html");
            xml.writeStartElement("author");
            text(xml, "name", "Tri thức chính sách");
            xml.writeEndElement();
            for (PublicationLog.Entry e : entries) {
                xml.writeStartElement("entry");
                text(xml, "id", e.iri() + "#" + e.generation());
                text(xml, "title", e.title());
                text(xml, "updated", e.at().toString());
                link(xml, "alternate", e.iri(), "text/html");
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", e.change().name().toLowerCase(Locale.ROOT));
                xml.writeAttribute("label", CHANGE_LABELS.get(e.change()));
                text(xml, "summary", CHANGE_LABELS.get(e.change()) + ": " + e.title());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the change feed", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        // A title read from a document may carry control characters, which no XML document may hold.
        xml.writeCharacters(
                text.replaceAll("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]", ""));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    /** When a generation without log entries was published: the time its build marked it complete. */
    private static Instant published(StoreLayout.Generation gen) {
        try {
            return Files.getLastModifiedTime(gen.completeMarker()).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + gen.completeMarker(), e);
        }
    }
}
