package vn.policykg.source;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The structure recognisers, most specific first, and the choice among them: the one with the
 * highest confidence parses the document; the plan recogniser is the default.
 * <p>
 * To add a recogniser: implement {@link StructureRecognizer} in this package (its {@code parse}
 * builds {@link Clause} trees, whose builders are package-private, and ends with
 * {@code ParsedDocument.assemble}), make {@code confidence} a cheap scan that returns more than
 * {@link #DEFAULT_CONFIDENCE} only for documents it was written for, and add it to {@link #ALL}.
 */
public final class StructureRecognizers {

    /** What the default (plan) recogniser claims: any other recogniser that fits better wins. */
    static final double DEFAULT_CONFIDENCE = 0.1;

    /** Laws, decrees, circulars, decisions: at least one "Điều N." heading outside quoted text. */
    public static final StructureRecognizer LEGAL = new Recognizer(
            "legal", lines -> LegalStructureParser.articleHeadings(lines) > 0 ? 0.9 : 0, LegalStructureParser::parse);

    /** Provincial plans and programmes (Roman sections, "1.", "1.1", "a)", "(1)", bullets): the default. */
    public static final StructureRecognizer PLAN =
            new Recognizer("plan", lines -> DEFAULT_CONFIDENCE, StructureParser::parse);

    public static final List<StructureRecognizer> ALL = List.of(LEGAL, PLAN);

    private StructureRecognizers() {}

    /** The recogniser that fits {@code src} best. */
    public static StructureRecognizer choose(SourceText src) {
        List<String> lines = src.lines().stream().map(SourceText.Line::text).toList();
        return ALL.stream()
                .max(Comparator.comparingDouble(r -> r.confidence(lines)))
                .orElse(PLAN);
    }

    /** Parses {@code src} with the recogniser that fits it best. */
    public static ParsedDocument parse(SourceText src) {
        return choose(src).parse(src);
    }

    private record Recognizer(
            String name, ToDoubleFunction<List<String>> fit, Function<SourceText, ParsedDocument> parser)
            implements StructureRecognizer {
        @Override
        public double confidence(List<String> lines) {
            return fit.applyAsDouble(lines);
        }

        @Override
        public ParsedDocument parse(SourceText src) {
            return parser.apply(src);
        }
    }
}
