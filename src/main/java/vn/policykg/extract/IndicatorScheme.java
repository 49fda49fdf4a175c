package vn.policykg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import vn.policykg.source.Manifest;
import vn.policykg.source.SourceFormatException;
import vn.policykg.source.TurtleFile;
import vn.policykg.vocab.Vocab;

/**
 * The curated indicators of data/indicators.ttl: which concept a target's words and unit belong to,
 * so one indicator stated by several documents is one concept.
 */
public final class IndicatorScheme {

    public static final String FILE_NAME = "indicators.ttl";

    /** A concept: its key (the tail of its IRI), the pattern that recognises it, and its description. */
    public record Indicator(String key, Pattern pattern, Resource description) {}

    private final Model model;
    private final List<Indicator> indicators;

    private IndicatorScheme(Model model, List<Indicator> indicators) {
        this.model = model;
        this.indicators = indicators;
    }

    public static IndicatorScheme read(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        Model m = TurtleFile.read(file, "indicator scheme", Manifest.LOCAL_BASE);
        List<Indicator> list = new ArrayList<>();
        for (Resource c : m.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
            String uri = c.getURI();
            if (!uri.startsWith(Manifest.LOCAL_BASE + "indicator/")
                    || !c.hasProperty(Vocab.matchPattern)
                    || !c.hasProperty(Vocab.order))
                throw new SourceFormatException(
                        file, 0, "<" + uri + "> needs an indicator/… name, vnp:matchPattern and vnp:order");
            try {
                list.add(new Indicator(
                        uri.substring(uri.lastIndexOf('/') + 1),
                        Pattern.compile(c.getProperty(Vocab.matchPattern).getString(), Pattern.UNICODE_CHARACTER_CLASS),
                        c));
            } catch (PatternSyntaxException e) {
                throw new SourceFormatException(file, 0, "<" + uri + ">: bad vnp:matchPattern: " + e.getDescription());
            }
        }
        list.sort(Comparator.comparingInt(
                i -> i.description().getProperty(Vocab.order).getInt()));
        return new IndicatorScheme(m, List.copyOf(list));
    }

    public Model model() {
        return model;
    }

    /** The concept of a target, or null when no curated concept matches it. */
    public Indicator match(Target t) {
        String words = t.indicator().toLowerCase(Locale.ROOT).replace("sỹ", "sĩ") + " | " + t.unit();
        for (Indicator i : indicators) if (i.pattern().matcher(words).find()) return i;
        return null;
    }
}
