package vn.policykg.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import vn.policykg.analysis.Slugs;
import vn.policykg.source.Manifest;
import vn.policykg.source.ParsedDocument;
import vn.policykg.vocab.Vocab;

/**
 * The curated manifest with the corpus documents added. A document the manifest already describes (same
 * jurisdiction and number) keeps every curated statement; what was read from its file only fills what the
 * curated entry leaves unsaid. A curated document that already has its text in data/ keeps that text.
 */
record CorpusManifest(Manifest manifest, Map<Manifest.Entry, ParsedDocument> parsed, List<String> report) {

    static CorpusManifest merge(Manifest curated, List<CorpusDocuments.Ingested> documents) {
        Model model = ModelFactory.createDefaultModel().add(curated.model());
        model.setNsPrefixes(curated.model().getNsPrefixMap());
        Map<String, Resource> curatedByNumber = new LinkedHashMap<>();
        for (Resource doc : curated.model()
                .listSubjectsWithProperty(RDF.type, Vocab.LegalResource)
                .toList()) {
            Statement number = doc.getProperty(Vocab.idLocal);
            if (number != null)
                curatedByNumber.put(jurisdiction(doc) + "|" + number.getString(), model.getResource(doc.getURI()));
        }
        Map<Manifest.Entry, ParsedDocument> parsed = new LinkedHashMap<>();
        List<Manifest.Entry> entries = new ArrayList<>();
        List<String> report = new ArrayList<>();
        for (CorpusDocuments.Ingested doc : documents) {
            ReadDescription read = doc.description();
            Resource known = read.identity().map(curatedByNumber::get).orElse(null);
            if (known != null && known.hasProperty(Vocab.sourceFile)) {
                report.add(doc.publishedPath() + ": " + read.label()
                        + " is curated with its text in data/; kept that text");
                continue;
            }
            Resource target = known != null
                    ? known
                    : model.createResource(Manifest.LOCAL_BASE + "doc/read/" + Slugs.of(doc.publishedPath()));
            List<Manifest.ReadFrom> stated = read.describe(model, target, Slugs.of(doc.publishedPath()));
            doc.readerNotes().forEach(n -> target.addProperty(Vocab.qualityNote, "Reader: " + n, "en"));
            target.addProperty(Vocab.sourceFile, doc.publishedPath())
                    .addProperty(
                            Vocab.originalFileName, doc.file().getFileName().toString());
            report.add(doc.publishedPath() + " → " + read.label()
                    + (known != null ? " (curated facts kept, read ones added)" : "")
                    + read.notes().stream().map(n -> "; " + n).reduce("", String::concat));
            Manifest.Entry entry = new Manifest.Entry(
                    target, doc.file(), doc.file().getFileName().toString(), doc.publishedPath(), stated);
            entries.add(entry);
            parsed.put(entry, doc.parsed());
        }
        return new CorpusManifest(curated.withCorpusDocuments(model, entries), parsed, List.copyOf(report));
    }

    private static String jurisdiction(Resource doc) {
        return doc.getPropertyResourceValue(Vocab.eliJurisdiction)
                .getProperty(Vocab.code)
                .getString();
    }
}
