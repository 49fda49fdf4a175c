package vn.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import vn.policykg.source.Manifest;
import vn.policykg.source.ParsedDocument;

/** Everything extracted from one document. */
public record DocumentFacts(List<Citation> citations, List<Task> tasks, List<Target> targets, List<BudgetLine> budget) {

    public static DocumentFacts extract(ParsedDocument doc, Manifest.Entry entry) {
        return new DocumentFacts(
                CitationExtractor.extract(doc, DocumentContext.citationContext(entry)),
                DocumentContext.assignsTasks(entry) ? TaskExtractor.extract(doc) : List.of(),
                TargetExtractor.extract(doc, DocumentContext.type(entry)),
                BudgetExtractor.extract(doc));
    }

    /** Every body named in a role, of a task or of a target's row, in document order of the facts. */
    public List<BodyMention> bodyMentions() {
        List<BodyMention> out = new ArrayList<>();
        tasks.forEach(t -> t.roles().forEach(r -> out.add(r.fact().body())));
        targets.forEach(t -> {
            out.addAll(t.leads());
            out.addAll(t.coordinating());
        });
        return out;
    }
}
