package vn.policykg.extract;

import java.util.EnumSet;
import java.util.Set;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

import vn.policykg.source.Manifest;
import vn.policykg.vocab.DocumentType;
import vn.policykg.vocab.Vocab;

/** What extractors need to know about a corpus document, read from the manifest. */
public final class DocumentContext {

    /**
     * Normative texts: laws, ordinances, decrees, circulars and their consolidated texts assign duties by law
     * ("Bộ Tài chính có trách nhiệm hướng dẫn …"), not the dated tasks of a plan.
     */
    private static final Set<DocumentType> NORMATIVE = EnumSet.of(DocumentType.LAW, DocumentType.ORDINANCE, DocumentType.DECREE,
        DocumentType.CIRCULAR, DocumentType.JOINT_CIRCULAR, DocumentType.CONSOLIDATED_TEXT);

    private DocumentContext() {}

    /** Whether the document is of a kind whose duties are plan tasks (a plan, programme, resolution …), not a normative text. */
    public static boolean assignsTasks(Manifest.Entry entry) {
        Statement type = entry.document().getProperty(Vocab.eliType);
        return type == null || DocumentType.ofEliType(type.getString()).map(t -> !NORMATIVE.contains(t)).orElse(true);
    }

    public static CitationExtractor.Context citationContext(Manifest.Entry entry) {
        Resource doc = entry.document();
        Resource jurisdiction = doc.getPropertyResourceValue(Vocab.eliJurisdiction);
        String code = jurisdiction.getProperty(Vocab.code).getString();
        String province = Manifest.placeName(jurisdiction);
        Statement number = doc.getProperty(Vocab.idLocal);
        return new CitationExtractor.Context(code, province, number == null ? null : number.getString(),
                                             typeWord(doc.getProperty(Vocab.eliType).getString()));
    }

    /** The Vietnamese type word of an ELI type segment. */
    static String typeWord(String eliType) {
        return DocumentType.ofEliType(eliType).map(DocumentType::word).orElse(null);
    }
}
