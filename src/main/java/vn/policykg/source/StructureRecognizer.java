package vn.policykg.source;

import java.util.List;

/**
 * One way of reading a document's structure: says how well it fits a document, and parses it.
 * {@link StructureRecognizers} asks each registered recogniser and lets the most confident one parse.
 */
public interface StructureRecognizer {

    /** A short name for reports: "legal", "plan". */
    String name();

    /**
     * How well this recogniser fits the document whose physical lines are {@code lines}: 0 when it
     * cannot read it at all, up to 1; cheap (a scan of the lines, no parse).
     */
    double confidence(List<String> lines);

    ParsedDocument parse(SourceText src);
}
