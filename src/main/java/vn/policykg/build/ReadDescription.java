package vn.policykg.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import vn.policykg.analysis.Slugs;
import vn.policykg.extract.metadata.DocumentHeader;
import vn.policykg.extract.metadata.DocumentHeaderReader;
import vn.policykg.extract.metadata.DocumentKind;
import vn.policykg.extract.metadata.Found;
import vn.policykg.source.Manifest;
import vn.policykg.source.SourceText;
import vn.policykg.vocab.DocumentType;
import vn.policykg.vocab.Vocab;

/**
 * A corpus document's description as its own header states it, written in the manifest's terms so the
 * rest of the build treats it as a curated entry: kind, number, date, place, issuer and its jurisdiction,
 * title, signer, effect date, and the documents it amends, replaces, repeals or consolidates (by number; the
 * build links them to their nodes). Each stated fact remembers the words it was read from. What cannot be
 * read is left unstated with a quality note.
 */
final class ReadDescription {

    private static final Pattern PROVINCE = Pattern.compile("(?:TỈNH|THÀNH PHỐ)\\s+(.+)$");

    private final SourceText source;
    private final DocumentHeader header;
    private final DocumentType type;
    private final String jurisdictionCode;
    private final String provinceName;

    private ReadDescription(SourceText source, DocumentHeader header, DocumentType type) {
        this.source = source;
        this.header = header;
        this.type = type;
        this.provinceName = header.issuers().stream()
                .map(i -> PROVINCE.matcher(i.value().strip()))
                .filter(Matcher::find)
                .map(m -> VietnameseCase.properName(m.group(1)))
                .findFirst()
                .orElse(null);
        this.jurisdictionCode = provinceName == null ? "vn" : "vn-" + Slugs.of(provinceName);
    }

    /** The description a document's text gives, or empty when it names neither a kind nor a number (not a document). */
    static Optional<ReadDescription> of(SourceText source) {
        DocumentHeader header = new DocumentHeaderReader().read(source.text());
        if (header.kind().isEmpty() && header.number().isEmpty()) return Optional.empty();
        return Optional.of(new ReadDescription(source, header, type(header)));
    }

    /** What identifies the document across files: its jurisdiction and number; empty for a document without a number. */
    Optional<String> identity() {
        return header.number().map(n -> jurisdictionCode + "|" + n.value());
    }

    /** "Nghị định 158/2025/NĐ-CP", for the build report. */
    String label() {
        return type.word() + header.number().map(n -> " " + n.value()).orElse(" (không số)");
    }

    List<String> notes() {
        return header.notes();
    }

    /**
     * States what was read on {@code target}, leaving alone every property it already has (a curated fact
     * wins), and returns where each stated fact was read from.
     */
    List<Manifest.ReadFrom> describe(Model model, Resource target, String fileKey) {
        List<Manifest.ReadFrom> read = new ArrayList<>();
        Statements s = new Statements(model, target, read);
        if (!target.hasProperty(RDF.type)) target.addProperty(RDF.type, Vocab.LegalResource);
        s.literal(Vocab.eliType, type.eliType(), header.kind());
        if (!target.hasProperty(Vocab.typeDocument)) {
            s.resource(
                    Vocab.typeDocument, model.createResource(Vocab.DOCUMENT_TYPE_NS + type.concept()), header.kind());
            if (header.number().map(n -> DocumentType.isPartyNumber(n.value())).orElse(false))
                target.addProperty(Vocab.typeDocument, Vocab.PartyDocument);
        }
        header.number()
                .ifPresentOrElse(
                        n -> s.literal(Vocab.idLocal, n.value(), header.number()),
                        () -> s.literal(Vocab.identityKey, fileKey, Optional.empty()));
        header.date()
                .ifPresent(d -> s.typed(Vocab.dateDocument, d.value().toString(), XSDDatatype.XSDdate, header.date()));
        header.effectDate()
                .ifPresent(d -> s.typed(
                        Vocab.dateApplicability, d.value().toString(), XSDDatatype.XSDdate, header.effectDate()));
        header.place().ifPresent(p -> s.literal(Vocab.placeOfIssue, p.value(), header.place()));
        header.signer().ifPresent(p -> s.literal(Vocab.signer, p.value(), header.signer()));
        Resource jurisdiction = jurisdiction(model);
        s.resource(Vocab.eliJurisdiction, jurisdiction, Optional.empty());
        if (!header.issuers().isEmpty())
            s.resource(
                    Vocab.passedBy,
                    issuer(model, jurisdiction, header.issuers().get(0).value()),
                    Optional.of(header.issuers().get(0)));
        String title = header.title().map(t -> collapse(t.value())).orElse(null);
        s.vietnamese(
                Vocab.title,
                type.word() + header.number().map(n -> " " + n.value()).orElse("") + (title == null ? "" : " " + title),
                header.title().or(header::number));
        relations(s, model, Vocab.amends, header.amends());
        relations(s, model, Vocab.replaces, header.replaces());
        relations(s, model, Vocab.repeals, header.repeals());
        relations(s, model, Vocab.consolidates, header.consolidates());
        if (header.number().isEmpty())
            target.addProperty(Vocab.qualityNote, "No number could be read from the document's header.", "en");
        if (header.date().isEmpty())
            target.addProperty(
                    Vocab.qualityNote,
                    "No date could be read from the document's header; the date is left unstated.",
                    "en");
        if (header.issuers().isEmpty())
            target.addProperty(Vocab.qualityNote, "No issuing body could be read from the document's header.", "en");
        return read;
    }

    /** "amends 145/2020/NĐ-CP" stated by number ({@link Manifest#RELATION_BY_NUMBER}); the graph gets {@code relation} itself. */
    private void relations(Statements s, Model model, Property relation, List<Found<String>> numbers) {
        Property byNumber = model.createProperty(Manifest.RELATION_BY_NUMBER + relation.getLocalName());
        for (Found<String> n : numbers) s.relation(byNumber, relation, n);
    }

    /** The manifest's jurisdiction with this code, or a new one named from the header. */
    private Resource jurisdiction(Model model) {
        for (Resource j :
                model.listSubjectsWithProperty(Vocab.code, jurisdictionCode).toList()) return j;
        Resource j = model.createResource(Manifest.LOCAL_BASE + "jurisdiction/" + jurisdictionCode, Vocab.Jurisdiction)
                .addProperty(Vocab.code, jurisdictionCode);
        if (provinceName != null)
            j.addProperty(Vocab.prefLabel, "tỉnh " + provinceName, "vi")
                    .addProperty(SKOS.broader, model.createResource(Manifest.LOCAL_BASE + "jurisdiction/vn"));
        return j;
    }

    /** The body the manifest already knows by this name in this jurisdiction, or a new one. */
    private static Resource issuer(Model model, Resource jurisdiction, String asWritten) {
        String name = VietnameseCase.bodyName(collapse(asWritten));
        for (Resource body :
                model.listSubjectsWithProperty(Vocab.jurisdiction, jurisdiction).toList())
            for (RDFNode label :
                    model.listObjectsOfProperty(body, Vocab.prefLabel).toList())
                if (label.isLiteral() && label.asLiteral().getString().equalsIgnoreCase(name)) return body;
        return model.createResource(
                        Manifest.LOCAL_BASE + "org/read/"
                                + jurisdiction.getProperty(Vocab.code).getString() + "/" + Slugs.of(name),
                        Vocab.Organization)
                .addProperty(Vocab.prefLabel, name, "vi")
                .addProperty(Vocab.jurisdiction, jurisdiction);
    }

    private static DocumentType type(DocumentHeader header) {
        Optional<DocumentKind> kind = header.kind().map(Found::value);
        if (kind.isEmpty())
            return header.number()
                    .flatMap(n -> DocumentType.ofNumber(n.value()))
                    .orElse(DocumentType.OFFICIAL_LETTER);
        if (kind.get() == DocumentKind.PROGRAMME
                && header.title()
                        .map(t -> t.value().strip().toUpperCase(Locale.ROOT).startsWith("HÀNH ĐỘNG"))
                        .orElse(false)) return DocumentType.ACTION_PROGRAMME;
        return DocumentType.ofWord(kind.get().words()).orElse(DocumentType.OFFICIAL_LETTER);
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Adds statements a curated entry lacks, remembering where each was read. */
    private final class Statements {
        private final Model model;
        private final Resource target;
        private final List<Manifest.ReadFrom> read;

        Statements(Model model, Resource target, List<Manifest.ReadFrom> read) {
            this.model = model;
            this.target = target;
            this.read = read;
        }

        void literal(Property p, String value, Optional<? extends Found<?>> from) {
            if (!target.hasProperty(p)) add(p, model.createLiteral(value), from);
        }

        void vietnamese(Property p, String value, Optional<? extends Found<?>> from) {
            if (!target.hasProperty(p)) add(p, model.createLiteral(value, "vi"), from);
        }

        void typed(Property p, String value, XSDDatatype type, Optional<? extends Found<?>> from) {
            if (!target.hasProperty(p)) add(p, model.createTypedLiteral(value, type), from);
        }

        void resource(Property p, Resource value, Optional<? extends Found<?>> from) {
            if (!target.hasProperty(p)) add(p, value, from);
        }

        void relation(Property byNumber, Property relation, Found<String> number) {
            target.addProperty(byNumber, number.value());
            read.add(new Manifest.ReadFrom(
                    relation, source.codePointOffset(number.start()), source.codePointOffset(number.end())));
        }

        void add(Property p, RDFNode value, Optional<? extends Found<?>> from) {
            target.addProperty(p, value);
            from.ifPresent(f -> read.add(
                    new Manifest.ReadFrom(p, source.codePointOffset(f.start()), source.codePointOffset(f.end()))));
        }
    }
}
