package vn.policykg.search;

import java.util.List;
import java.util.function.UnaryOperator;
import vn.policykg.analysis.SearchFields;
import vn.policykg.store.TextIndexDefinition;

/**
 * One hit. {@code clause} is the clause's number path ("III.1.1"), {@code clauseIri} its IRI; for a clause
 * {@code iri} is that same IRI, for a task or target the node's own. {@code snippet} is the piece of
 * the text around the matches.
 */
public record SearchHit(
        String iri,
        String kind,
        String document,
        String documentTitle,
        String documentLabel,
        String documentFile,
        String clause,
        String clauseIri,
        String text,
        Snippet snippet,
        float score) {

    /** The stored fields a hit is made from ({@link #of}), in the index and in a Solr collection alike. */
    public static final List<String> STORED_FIELDS = List.of(
            TextIndexDefinition.ENTITY_FIELD,
            TextIndexDefinition.KIND_FIELD,
            TextIndexDefinition.DOCUMENT_FIELD,
            TextIndexDefinition.DOCUMENT_TITLE_FIELD,
            TextIndexDefinition.DOCUMENT_LABEL_FIELD,
            TextIndexDefinition.DOCUMENT_FILE_FIELD,
            TextIndexDefinition.PATH_FIELD,
            TextIndexDefinition.CLAUSE_FIELD,
            SearchFields.TEXT);

    /** A hit from its stored fields, each read by name with {@code stored}. */
    static SearchHit of(UnaryOperator<String> stored, Snippet snippet, float score) {
        return new SearchHit(
                stored.apply(TextIndexDefinition.ENTITY_FIELD),
                stored.apply(TextIndexDefinition.KIND_FIELD),
                stored.apply(TextIndexDefinition.DOCUMENT_FIELD),
                stored.apply(TextIndexDefinition.DOCUMENT_TITLE_FIELD),
                stored.apply(TextIndexDefinition.DOCUMENT_LABEL_FIELD),
                stored.apply(TextIndexDefinition.DOCUMENT_FILE_FIELD),
                stored.apply(TextIndexDefinition.PATH_FIELD),
                stored.apply(TextIndexDefinition.CLAUSE_FIELD),
                stored.apply(SearchFields.TEXT),
                snippet,
                score);
    }
}
