package vn.policykg.web.linkeddata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.springframework.stereotype.Component;
import vn.policykg.store.GenerationMemo;
import vn.policykg.store.LiveStore;
import vn.policykg.store.RowValues;
import vn.policykg.vocab.Vocab;

/**
 * Short names of every document, for tables and lists: its number where it has one ("42-NQ/TW"), else
 * its kind, then its province ("000 · Chương trình hành động · tỉnh Lào Cai"); corpus documents are
 * prefixed with their file code, the way the project and its users refer to them.
 */
@Component
public class DocumentNames {

    /** One document as lists show it. */
    public record Entry(
            String iri,
            String name,
            String title,
            String titleEn,
            String code,
            String number,
            String date,
            String jurisdiction,
            boolean inCorpus) {}

    private static final int SHORT = 70;
    /** Said of every Party document besides its real kind; not a name for it. */
    private static final String PARTY_DOCUMENT = Vocab.PartyDocument.getURI();

    private final GenerationMemo<Map<String, Entry>> entries;

    public DocumentNames(LiveStore store, PageQueries queries) {
        this.entries = new GenerationMemo<>(store, gen -> read(queries));
    }

    public String name(String iri) {
        Entry e = entries.get().get(iri);
        return e == null ? TermLabels.localName(iri) : e.name();
    }

    /** How lists show {@code iri}, or null when it is no document of the served graph. */
    public Entry entry(String iri) {
        return entries.get().get(iri);
    }

    /** Every document: the corpus first (by file code), then the cited ones by jurisdiction and number. */
    public List<Entry> all() {
        return List.copyOf(entries.get().values());
    }

    private static Map<String, Entry> read(PageQueries queries) {
        Map<String, Entry> out = new LinkedHashMap<>();
        List<QuerySolution> rows = queries.select("""
            SELECT ?d ?title ?titleEn ?file ?number ?date ?jur ?jurCode ?kind ?corpus WHERE {
              ?d a eli:LegalResource .
              OPTIONAL { ?d eli:title ?title FILTER(lang(?title) = 'vi') }
              OPTIONAL { ?d eli:title ?titleEn FILTER(lang(?titleEn) = 'en') }
              OPTIONAL { ?d vnp:sourceText/vnp:originalFileName ?file }
              OPTIONAL { ?d eli:id_local ?number }
              OPTIONAL { ?d eli:date_document ?date }
              OPTIONAL { ?d eli:jurisdiction ?j . ?j vnp:code ?jurCode ; skos:prefLabel ?jur FILTER(lang(?jur) = 'vi') }
              OPTIONAL { ?d eli:type_document ?type . ?type skos:prefLabel ?kind
                         FILTER(lang(?kind) = 'vi' && ?type != <%s>) }
              OPTIONAL { ?d vnp:inCorpus ?corpus }
            } ORDER BY DESC(BOUND(?file)) ?file ?jur ?number ?d ?kind""".formatted(PARTY_DOCUMENT));
        for (QuerySolution r : rows) {
            String iri = RowValues.text(r, "d");
            if (out.containsKey(iri)) continue;
            String title = RowValues.text(r, "title");
            String number = RowValues.text(r, "number");
            String file = RowValues.text(r, "file");
            String code = file == null ? null : file.substring(0, Math.min(3, file.length()));
            String kind = RowValues.text(r, "kind");
            String core = number != null
                    ? number
                    : kind != null ? kind : title != null ? shorten(title) : TermLabels.localName(iri);
            String place = "vn".equals(RowValues.text(r, "jurCode")) || r.get("jur") == null
                    ? ""
                    : " · " + RowValues.text(r, "jur");
            out.put(
                    iri,
                    new Entry(
                            iri,
                            (code == null ? "" : code + " · ") + core + place,
                            title,
                            RowValues.text(r, "titleEn"),
                            code,
                            number,
                            RowValues.text(r, "date"),
                            RowValues.text(r, "jur"),
                            "true".equals(RowValues.text(r, "corpus"))));
        }
        return out;
    }

    static String shorten(String text) {
        return text.length() <= SHORT
                ? text
                : text.substring(0, text.lastIndexOf(' ', SHORT) > 0 ? text.lastIndexOf(' ', SHORT) : SHORT) + "…";
    }
}
