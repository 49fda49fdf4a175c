package vn.policykg.rdf;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import vn.policykg.extract.BodyDirectory;
import vn.policykg.extract.BodyMention;
import vn.policykg.vocab.Vocab;

/**
 * One node per body: a name the curated directory (data/bodies.ttl) knows is that body's node, by the
 * document's jurisdiction ("Sở Y tế" in a Lào Cai document is Lào Cai's Department of Health, "Bộ TT&TT"
 * the ministry); any other name gets a node of its own within the document's jurisdiction, with its kind
 * (Party, State, front) and, where the name says so, the body it belongs to.
 */
final class BodyRegistry {

    private static final Pattern PARTY = Pattern.compile(
            "(?iuU)^(?:các )?(?:đảng|ban tuyên giáo|ban dân vận|ban tổ chức|ủy ban kiểm tra tỉnh ủy|văn phòng tỉnh ủy|tỉnh ủy|ban thường vụ|cấp ủy|huyện ủy|thành ủy|chi bộ)|tổ chức đảng");
    private static final Pattern FRONT = Pattern.compile(
            "(?iuU)mặt trận tổ quốc|đoàn thể|hội liên hiệp|đoàn thanh niên|công đoàn|hội nông dân|hội cựu chiến binh");
    private static final Pattern UNDER_PEOPLES_COMMITTEE = Pattern.compile("(?uU)^(?:Sở |Thanh tra tỉnh|Ban Quản lý )");
    private static final Pattern UNDER_PARTY_COMMITTEE = Pattern.compile(
            "(?uU)^(?:Ban [\\p{L} ]+ Tỉnh ủy|Ủy ban Kiểm tra Tỉnh ủy|Văn phòng Tỉnh ủy|Đảng ủy Ủy ban nhân dân tỉnh|Đảng ủy các cơ quan Đảng tỉnh)$");

    private final IriPolicy iris;
    private final Model out;
    private final BodyDirectory directory;
    /** The published node of a directory entry (the manifest's local name → its minted IRI). */
    private final UnaryOperator<Resource> published;

    BodyRegistry(IriPolicy iris, Model out, BodyDirectory directory, UnaryOperator<Resource> published) {
        this.iris = iris;
        this.out = out;
        this.directory = directory;
        this.published = published;
    }

    /** The node of a body named in a document of {@code jurisdiction}. */
    Resource body(BodyMention mention, String jurisdiction, String province) {
        return body(mention.canonical(), mention.collective(), jurisdiction, province, mention.asWritten());
    }

    Resource body(String canonical, boolean collective, String jurisdiction, String province, String asWritten) {
        if (!collective) {
            Resource known =
                    directory.resolve(canonical, jurisdiction).map(published).orElse(null);
            if (known != null) {
                if (known.listProperties(Vocab.prefLabel).toList().stream()
                        .noneMatch(l -> l.getString().equals(asWritten)))
                    known.addProperty(Vocab.altLabel, asWritten, "vi");
                return known;
            }
        }
        String name = Character.toUpperCase(canonical.charAt(0)) + canonical.substring(1);
        Resource r = out.createResource(iris.body(jurisdiction, province, name));
        if (!r.hasProperty(RDF.type)) {
            r.addProperty(RDF.type, collective ? Vocab.CollectiveBody : Vocab.Organization)
                    .addProperty(Vocab.prefLabel, name, "vi")
                    .addProperty(Vocab.jurisdiction, out.createResource(iris.jurisdiction(jurisdiction)))
                    .addProperty(Vocab.classification, out.createResource(Vocab.BODY_KIND_NS + kind(name)));
            String parent = parentName(name);
            if (parent != null && province != null)
                r.addProperty(Vocab.subOrganizationOf, body(parent, false, jurisdiction, province, parent));
        }
        if (!asWritten.equals(name) && !asWritten.equals(canonical)) r.addProperty(Vocab.altLabel, asWritten, "vi");
        return r;
    }

    private static String kind(String name) {
        if (FRONT.matcher(name).find()) return "front";
        if (PARTY.matcher(name).find()) return "party";
        return "state";
    }

    /** The body a provincial body belongs to, when its name makes that certain. */
    private static String parentName(String name) {
        if (UNDER_PEOPLES_COMMITTEE.matcher(name).find()) return "Ủy ban nhân dân tỉnh";
        if (UNDER_PARTY_COMMITTEE.matcher(name).find()) return "Tỉnh ủy";
        return null;
    }
}
