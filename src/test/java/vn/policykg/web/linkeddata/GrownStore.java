package vn.policykg.web.linkeddata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.update.UpdateExecution;
import vn.policykg.build.BuildInputs;
import vn.policykg.build.StoreBuilder;
import vn.policykg.build.StoreBuilderTest;
import vn.policykg.store.BuiltStore;
import vn.policykg.store.PublicationLog;
import vn.policykg.store.StoreLayout;

/**
 * A store as it will be once the graph grows: a first build of data/ as it is, then a second build whose
 * manifest gains {@value #ADDED} generated cited-only documents (decrees, circulars, decisions, laws over
 * twelve years), each generation with its publication log; the second also holds what readers of document
 * text will add (amendments, an effect date, a topic, where a fact was read). Built once per JVM.
 */
final class GrownStore {

    static final String BASE = BuiltStore.BASE;
    static final int ADDED = 360;
    static final Instant FIRST_BUILD = Instant.parse("2026-01-10T08:00:00Z");
    static final Instant SECOND_BUILD = Instant.parse("2026-03-05T09:30:00Z");
    static final String EFFECT_QUOTE = "Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2020.";

    /** One generated document. */
    record Generated(
            String local,
            String kind,
            String eliType,
            String number,
            LocalDate date,
            String issuer,
            String jurisdiction,
            String title) {}

    private static final String[][] KINDS = {
        // kind concept, ELI type, number pattern, issuer, jurisdiction, Vietnamese word
        {"decree", "nd", "%d/%d/NĐ-CP", "chinh-phu", "vn", "Nghị định"},
        {"circular", "tt", "%d/%d/TT-BTC", "bo-tai-chinh", "vn", "Thông tư"},
        {"decision", "qd", "%d/QĐ-UBND", "ubnd-lao-cai", "vn-lao-cai", "Quyết định"},
        {"law", "luat", "%d/%d/QH15", "quoc-hoi", "vn", "Luật"},
    };

    private static GrownStore instance;

    final Path root;
    final Path data;
    final StoreLayout layout;
    final List<Generated> generated;
    final StoreLayout.Generation first;
    final StoreLayout.Generation second;

    private GrownStore(Path root) throws IOException {
        this.root = root;
        this.data = StoreBuilderTest.copyOfCheckout(root);
        this.layout = new StoreLayout(root.resolve("store"));
        this.first = new StoreBuilder(layout).build(new BuildInputs(data, BASE)).generation();
        PublicationLog.write(first, null, documents(first), FIRST_BUILD);
        this.generated = generate();
        Files.writeString(
                data.resolve("manifest.ttl"),
                manifestAddition(generated),
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        this.second =
                new StoreBuilder(layout).build(new BuildInputs(data, BASE)).generation();
        addReadFacts(second);
        PublicationLog.write(second, first, documents(second), SECOND_BUILD);
    }

    static synchronized GrownStore get() {
        if (instance == null) {
            try {
                instance = new GrownStore(Files.createTempDirectory("policykg-grown-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** Documents 0, 4, 8, … are decrees, 1, 5, … circulars, and so on; a document every 13 days from 2010. */
    private static List<Generated> generate() {
        List<Generated> out = new ArrayList<>();
        for (int i = 0; i < ADDED; i++) {
            String[] k = KINDS[i % KINDS.length];
            LocalDate date = LocalDate.of(2010, 1, 4).plusDays(13L * i);
            String number = k[2].formatted(100 + i, date.getYear());
            out.add(new Generated(
                    "gen/" + i,
                    k[0],
                    k[1],
                    number,
                    date,
                    k[3],
                    k[4],
                    k[5] + " số " + number + " quy định chi tiết về thí điểm chính sách xã hội, phần " + (i + 1)));
        }
        return out;
    }

    private static String manifestAddition(List<Generated> docs) {
        StringBuilder ttl = new StringBuilder("""

            <org/quoc-hoi> a org:Organization ; skos:prefLabel "Quốc hội"@vi ;
                vnp:jurisdiction <jurisdiction/vn> ; org:classification bk:state .
            <org/bo-tai-chinh> a org:Organization ; skos:prefLabel "Bộ Tài chính"@vi ;
                vnp:jurisdiction <jurisdiction/vn> ; org:classification bk:state .
            """);
        for (Generated d : docs)
            ttl.append("""
                <%s> a eli:LegalResource ; eli:id_local "%s" ; vnp:eliType "%s" ; eli:type_document dt:%s ;
                    eli:date_document "%s"^^xsd:date ; eli:jurisdiction <jurisdiction/%s> ; eli:passed_by <org/%s> ;
                    eli:title "%s"@vi .
                """.formatted(
                    d.local(), d.number(), d.eliType(), d.kind(), d.date(), d.jurisdiction(), d.issuer(), d.title()));
        return ttl.toString();
    }

    /**
     * Decree 100 is amended by decree 104 and repealed by decree 108; decree 104 replaces circular 101, is based
     * on law 103, takes effect on 2020-07-01 (read from its text, with the quote) and is about social insurance.
     */
    private static void addReadFacts(StoreLayout.Generation gen) {
        String update = """
            PREFIX eli: <http://data.europa.eu/eli/ontology#> PREFIX vnp: <https://w3id.org/vnpolicy/def#>
            PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            INSERT {
              ?d104 eli:amends ?d100 ; dcterms:replaces ?c101 ; eli:based_on ?l103 ;
                    eli:date_applicability "2020-07-01"^^xsd:date ; dcterms:subject <%1$stopic/bao-hiem-xa-hoi> .
              ?d108 eli:repeals ?d100 .
              <%1$stopic/bao-hiem-xa-hoi> a skos:Concept ; skos:prefLabel "Bảo hiểm xã hội"@vi .
              ?src a vnp:MetadataSource ; vnp:describes ?d104 ; vnp:property eli:date_applicability ;
                   vnp:quote "%2$s"@vi ; vnp:start 2400 ; vnp:end 2466 .
            } WHERE {
              ?d100 eli:id_local "%3$s" . ?c101 eli:id_local "%4$s" . ?l103 eli:id_local "%5$s" .
              ?d104 eli:id_local "%6$s" . ?d108 eli:id_local "%7$s" .
              BIND(IRI(CONCAT(STR(?d104), "#read-date_applicability")) AS ?src)
            }""".formatted(BASE, EFFECT_QUOTE, number(0), number(1), number(3), number(4), number(8));
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(gen.tdbDir().toString());
        try {
            Dataset ds = DatasetFactory.wrap(tdb);
            Txn.executeWrite(
                    ds, () -> UpdateExecution.dataset(ds).update(update).execute());
        } finally {
            TDBInternal.expel(tdb);
        }
    }

    /** The number of the {@code i}th generated document. */
    static String number(int i) {
        return generate().get(i).number();
    }

    /** The documents of a built generation as the publication log takes them (the hash of a cited one: of its title). */
    private static List<PublicationLog.Document> documents(StoreLayout.Generation gen) {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(gen.tdbDir().toString());
        try {
            Dataset ds = DatasetFactory.wrap(tdb);
            return Txn.calculateRead(ds, () -> {
                List<PublicationLog.Document> out = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(ds).query("""
                        PREFIX eli: <http://data.europa.eu/eli/ontology#>
                        SELECT ?d ?title WHERE { ?d a eli:LegalResource ; eli:title ?title FILTER(lang(?title) = 'vi') }""").build()) {
                    qe.execSelect()
                            .forEachRemaining(r -> out.add(new PublicationLog.Document(
                                    r.getResource("d").getURI(),
                                    r.getLiteral("title").getString(),
                                    sha256(r.getLiteral("title").getString()))));
                }
                return out;
            });
        } finally {
            TDBInternal.expel(tdb);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
