package vn.policykg.extract;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import vn.policykg.source.Manifest;
import vn.policykg.vocab.DocumentType;
import vn.policykg.vocab.Vocab;

/** What extractors need to know about a corpus document, read from the manifest. */
public final class DocumentContext {

    private DocumentContext() {}

    /**
     * Whether the document's duties are plan tasks (a plan, programme, resolution …). A text that lays down law
     * assigns duties by law ("Bộ Tài chính có trách nhiệm hướng dẫn …"), not the dated tasks of a plan.
     */
    public static boolean assignsTasks(Manifest.Entry entry) {
        DocumentType kind = type(entry);
        return kind == null || !kind.laysDownLaw();
    }

    public static CitationExtractor.Context citationContext(Manifest.Entry entry) {
        Resource doc = entry.document();
        Resource jurisdiction = doc.getPropertyResourceValue(Vocab.eliJurisdiction);
        String code = jurisdiction.getProperty(Vocab.code).getString();
        String province = Manifest.placeName(jurisdiction);
        Statement number = doc.getProperty(Vocab.idLocal);
        return new CitationExtractor.Context(
                code,
                province,
                number == null ? null : number.getString(),
                typeWord(doc.getProperty(Vocab.eliType).getString()));
    }

    /** The kind of a corpus document, or null for a kind we do not list. */
    public static DocumentType type(Manifest.Entry entry) {
        Statement type = entry.document().getProperty(Vocab.eliType);
        return type == null ? null : DocumentType.ofEliType(type.getString()).orElse(null);
    }

    /** The Vietnamese type word of an ELI type segment. */
    static String typeWord(String eliType) {
        return DocumentType.ofEliType(eliType).map(DocumentType::word).orElse(null);
    }
}
