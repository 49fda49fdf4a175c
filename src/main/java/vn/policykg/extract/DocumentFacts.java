package vn.policykg.extract;

import java.util.List;

import vn.policykg.source.Manifest;
import vn.policykg.source.ParsedDocument;

/** Everything extracted from one document. */
public record DocumentFacts(List<Citation> citations, List<Task> tasks, List<Target> targets, List<BudgetLine> budget) {

    public static DocumentFacts extract(ParsedDocument doc, Manifest.Entry entry) {
        return new DocumentFacts(CitationExtractor.extract(doc, DocumentContext.citationContext(entry)),
                                 DocumentContext.assignsTasks(entry) ? TaskExtractor.extract(doc) : List.of(),
                                 TargetExtractor.extract(doc, DocumentContext.type(entry)), BudgetExtractor.extract(doc));
    }
}
