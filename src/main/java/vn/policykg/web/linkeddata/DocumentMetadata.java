package vn.policykg.web.linkeddata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.springframework.stereotype.Component;
import vn.policykg.store.RowValues;
import vn.policykg.vocab.Vocab;
import vn.policykg.web.Addresses;
import vn.policykg.web.linkeddata.PageValues.Link;

/**
 * What a document page says about the document itself: its number, kind, issuer, dates and place, what it
 * amends, repeals, replaces or consolidates and what does that to it, and, for each fact read from its
 * text, the words it was read from. Three queries a page; a fact the graph lacks is simply not shown.
 */
@Component
public class DocumentMetadata {

    /** One line of the metadata table, with the source words behind it (when it was read from the text). */
    public record Line(String label, List<Link> values, List<ReadFrom> sources) {}

    /** Where a fact was read: the exact words and, when known, the clause or the characters of the source text. */
    public record ReadFrom(String quote, Link where) {}

    /** A property the table shows, in this order; {@code inverse} names it seen from the other end (null: not shown). */
    private record Shown(String property, String label, String inverse) {}

    private static final List<Shown> SHOWN = List.of(
            new Shown(Vocab.ELI + "id_local", "Số hiệu", null),
            new Shown(Vocab.ELI + "type_document", "Loại văn bản", null),
            new Shown(Vocab.ELI + "passed_by", "Cơ quan ban hành", null),
            new Shown(Vocab.ELI + "date_document", "Ngày ban hành", null),
            new Shown(Vocab.ELI + "date_applicability", "Ngày có hiệu lực", null),
            new Shown(Vocab.ELI + "jurisdiction", "Địa bàn", null),
            new Shown(Vocab.DCT + "subject", "Chủ đề", null),
            new Shown(Vocab.ELI + "amends", "Sửa đổi, bổ sung", "Được sửa đổi, bổ sung bởi"),
            new Shown(Vocab.ELI + "repeals", "Bãi bỏ", "Bị bãi bỏ bởi"),
            new Shown(Vocab.DCT + "replaces", "Thay thế", "Bị thay thế bởi"),
            new Shown(Vocab.ELI + "consolidates", "Hợp nhất", "Được hợp nhất bởi"),
            new Shown(Vocab.ELI + "based_on", "Căn cứ", null),
            new Shown(Vocab.ELI + "applies", "Thực hiện", null));

    private final Addresses addresses;
    private final DocumentNames documents;
    private final PageQueries queries;

    public DocumentMetadata(Addresses addresses, DocumentNames documents, PageQueries queries) {
        this.addresses = addresses;
        this.documents = documents;
        this.queries = queries;
    }

    public List<Line> of(String document) {
        String properties = iris(SHOWN);
        String inverted = iris(SHOWN.stream().filter(s -> s.inverse() != null).toList());
        Map<String, List<Link>> values = new LinkedHashMap<>();
        Map<String, List<Link>> inverse = new LinkedHashMap<>();
        for (QuerySolution r : queries.select("""
                SELECT ?p ?o ?label ?out WHERE {
                  { VALUES ?p { %s } ?focus ?p ?o BIND(true AS ?out) }
                  UNION { VALUES ?p { %s } ?o ?p ?focus BIND(false AS ?out) }
                  OPTIONAL { ?o skos:prefLabel ?label FILTER(lang(?label) = 'vi') }
                } ORDER BY ?p ?label ?o""".formatted(properties, inverted), document)) {
            boolean out = r.getLiteral("out").getBoolean();
            (out ? values : inverse)
                    .computeIfAbsent(RowValues.text(r, "p"), k -> new ArrayList<>())
                    .add(value(r));
        }
        Map<String, List<ReadFrom>> sources = sources(document);
        List<Line> lines = new ArrayList<>();
        for (Shown s : SHOWN)
            if (values.containsKey(s.property()))
                lines.add(new Line(s.label(), values.get(s.property()), sources.getOrDefault(s.property(), List.of())));
        for (Shown s : SHOWN)
            if (s.inverse() != null && inverse.containsKey(s.property()))
                lines.add(new Line(s.inverse(), inverse.get(s.property()), List.of()));
        return lines;
    }

    private static String iris(List<Shown> shown) {
        return String.join(
                " ", shown.stream().map(s -> "<" + s.property() + ">").toList());
    }

    private Link value(QuerySolution r) {
        if (r.get("o").isLiteral()) return new Link(RowValues.text(r, "o"), null);
        String iri = RowValues.text(r, "o");
        String label = documents.entry(iri) != null ? documents.name(iri) : RowValues.text(r, "label");
        return new Link(label != null ? label : TermLabels.localName(iri), addresses.href(iri));
    }

    /** The source words of each property read from the document's text. */
    private Map<String, List<ReadFrom>> sources(String document) {
        Map<String, List<ReadFrom>> out = new LinkedHashMap<>();
        for (QuerySolution r : queries.select("""
                SELECT ?p ?quote ?start ?end ?clause ?path WHERE {
                  ?src a vnp:MetadataSource ; vnp:describes ?focus ; vnp:property ?p ; vnp:quote ?quote .
                  OPTIONAL { ?src vnp:start ?start ; vnp:end ?end }
                  OPTIONAL { ?src vnp:statedIn ?clause . ?clause vnp:numberPath ?path }
                } ORDER BY ?p ?start""", document)) {
            Link where = r.get("clause") != null
                    ? new Link("Mục " + RowValues.text(r, "path"), addresses.href(RowValues.text(r, "clause")))
                    : r.get("start") != null
                            ? new Link("ký tự " + RowValues.text(r, "start") + "–" + RowValues.text(r, "end"), null)
                            : null;
            out.computeIfAbsent(RowValues.text(r, "p"), k -> new ArrayList<>())
                    .add(new ReadFrom(RowValues.text(r, "quote"), where));
        }
        return out;
    }
}
