package vn.policykg.extract;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import vn.policykg.source.Manifest;
import vn.policykg.vocab.Vocab;

/**
 * The curated bodies (data/bodies.ttl with the manifest's own), looked up by any of their names: a name
 * written in a document resolves to its province's body first, then to the nation's, so "Sở Y tế" in a
 * Lào Cai document is Lào Cai's department and "Bộ TT&TT" anywhere is the ministry.
 */
public final class BodyDirectory {

    public static final String FILE_NAME = Manifest.BODIES_FILE_NAME;
    private static final String NATION = "vn";
    /** "Lãnh đạo Ban Công tác đại biểu": the leadership of a named body (not "Lãnh đạo các cơ quan …", a collective). */
    private static final Pattern LEADERSHIP_OF = Pattern.compile("(?iuU)lãnh đạo\\s+(?!các\\s)(\\p{Lu}.*)");
    /** Bodies the build names from a document's header, not curated: never resolved to. */
    private static final String READ_FROM_HEADERS = Manifest.LOCAL_BASE + "org/read/";

    private final Map<String, Map<String, Resource>> byJurisdiction;
    private final Map<String, String> placeNames;

    private BodyDirectory(Map<String, Map<String, Resource>> byJurisdiction, Map<String, String> placeNames) {
        this.byJurisdiction = byJurisdiction;
        this.placeNames = placeNames;
    }

    /** The curated bodies of a manifest's model; two bodies of one jurisdiction answering to one name is a curation fault. */
    public static BodyDirectory of(Model model) {
        Map<String, String> places = new HashMap<>();
        for (Resource j :
                model.listSubjectsWithProperty(RDF.type, Vocab.Jurisdiction).toList())
            if (!j.getProperty(Vocab.code).getString().equals(NATION))
                places.put(j.getProperty(Vocab.code).getString(), Manifest.placeName(j));
        Map<String, Map<String, Resource>> index = new HashMap<>();
        for (Resource body :
                model.listSubjectsWithProperty(RDF.type, Vocab.Organization).toList()) {
            if (body.getURI().startsWith(READ_FROM_HEADERS) || !body.hasProperty(Vocab.jurisdiction)) continue;
            String code = body.getPropertyResourceValue(Vocab.jurisdiction)
                    .getProperty(Vocab.code)
                    .getString();
            Map<String, Resource> names = index.computeIfAbsent(code, c -> new HashMap<>());
            for (String name : names(body)) {
                Resource other = names.putIfAbsent(key(name, places.get(code)), body);
                if (other != null && !other.equals(body))
                    throw new IllegalStateException("Two bodies of " + code + " answer to '" + name + "': <"
                            + other.getURI() + "> and <" + body.getURI() + ">");
            }
        }
        return new BodyDirectory(index, places);
    }

    /** The curated body a name written in a document of {@code jurisdiction} means, if any. */
    public Optional<Resource> resolve(String name, String jurisdiction) {
        Optional<Resource> named = Stream.of(jurisdiction, NATION)
                .distinct()
                .map(code -> byJurisdiction.getOrDefault(code, Map.of()).get(key(name, placeNames.get(code))))
                .filter(Objects::nonNull)
                .findFirst();
        // "Lãnh đạo Ban Dân nguyện": a body's leadership acts for the body.
        Matcher leaders = LEADERSHIP_OF.matcher(name);
        return named.isPresent() || !leaders.matches() ? named : resolve(leaders.group(1), jurisdiction);
    }

    /** Its Vietnamese names: skos:prefLabel and skos:altLabel. */
    private static Set<String> names(Resource body) {
        Set<String> out = new LinkedHashSet<>();
        for (var p : List.of(Vocab.prefLabel, Vocab.altLabel))
            for (RDFNode n : body.getModel().listObjectsOfProperty(body, p).toList())
                if (n.isLiteral() && "vi".equals(n.asLiteral().getLanguage()))
                    out.add(n.asLiteral().getString());
        return out;
    }

    /**
     * A name as compared: canonical, lower case, dashes and commas between words ignored ("Lao động - Thương binh",
     * "Lao động, Thương binh"), and in a province without its place: "Công an tỉnh Lào Cai" is "Công an tỉnh" is "Công an".
     */
    static String key(String name, String place) {
        String k = BodyNames.key(name)
                .replaceAll("\\s*[-–—,]\\s*", " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (place != null && !place.isEmpty()) {
            String p = place.toLowerCase(Locale.ROOT);
            if (k.endsWith(" " + p)) k = k.substring(0, k.length() - p.length() - 1);
            if (k.endsWith(" tỉnh")) k = k.substring(0, k.length() - " tỉnh".length());
        }
        return k;
    }
}
