package vn.policykg.store;

import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import vn.policykg.analysis.SearchFields;
import vn.policykg.vocab.Vocab;

/**
 * What one Lucene document of the text index holds. Every clause with words, every task and every target
 * is one document: its IRI, its kind, its words analysed four ways ({@link SearchFields}), what the
 * search page shows, and the values to filter and count by. {@code text:query} and /api/search read
 * these same documents.
 */
public final class TextIndexDefinition {

    /**
     * Written into every index; an index with another version was made by another analyzer, with other
     * fields, in another codec ({@link PassageCodec}) or in another order ({@link ShortestFirst}) and is rebuilt when
     * the store opens. Raise it with any change to one of them.
     */
    public static final String VERSION = "vi-5";

    public static final String VERSION_KEY = "policykg.text-index-version";

    /**
     * How the folded words are indexed: with each syllable's offsets in the postings, so a hit's snippet is
     * marked from the query's terms without analysing its text again.
     */
    public static final FieldType FOLDED_TYPE = foldedType();

    private static FieldType foldedType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    public static final String ENTITY_FIELD = "uri";
    public static final String KIND_FIELD = "kind";
    /** Stored: the clause a task or target is stated in (a clause's own IRI for a clause). */
    public static final String CLAUSE_FIELD = "clause";

    public static final String PATH_FIELD = "path";
    public static final String DOCUMENT_FIELD = "document";
    public static final String DOCUMENT_TITLE_FIELD = "documentTitle";
    /** Short: "04/CTr-UBND – Ủy ban nhân dân tỉnh Lào Cai". */
    public static final String DOCUMENT_LABEL_FIELD = "documentLabel";

    public static final String DOCUMENT_FILE_FIELD = "documentFile";

    /** The kinds of indexed node, and the predicate a {@code text:query} names to ask for that kind only. */
    public enum Kind {
        CLAUSE(Vocab.text.asNode()),
        TASK(Vocab.schemaName.asNode()),
        TARGET(Vocab.indicatorWords.asNode());

        private final Node predicate;

        Kind(Node predicate) {
            this.predicate = predicate;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public Node predicate() {
            return predicate;
        }
    }

    /** A value to filter and to count hits by; one document may have several values of a facet. */
    public enum Facet {
        DOCUMENT("doc", false),
        TYPE("type", true),
        PROVINCE("province", true),
        ISSUER("issuer", true),
        YEAR("year", true),
        AGENCY("agency", false),
        INDICATOR("indicator", false);

        private final String field;
        private final boolean ofTheDocument;

        Facet(String field, boolean ofTheDocument) {
            this.field = field;
            this.ofTheDocument = ofTheDocument;
        }

        /**
         * Whether every passage of a document has the document's values (its type, province, issuer, year), so
         * that counting hits per {@link #DOCUMENT} and reading the values once per document gives its counts.
         */
        public boolean ofTheDocument() {
            return ofTheDocument;
        }

        /** The indexed keyword field (for filters); the name of the request parameter as well. */
        public String field() {
            return field;
        }

        /** The doc-values field holding "key␟label" for counting and for showing the count's label. */
        public String countField() {
            return field + "_count";
        }
    }

    /** Separates a facet value's key from its label in {@link Facet#countField()}. */
    public static final char LABEL_SEPARATOR = '\u001f';

    private TextIndexDefinition() {}

    /**
     * What jena-text needs to know for {@code text:query}: the entity field and which predicates are
     * indexed (each names a kind; the words of every kind are in {@link SearchFields#TEXT}).
     */
    public static EntityDefinition entityDefinition() {
        EntityDefinition def = new EntityDefinition(ENTITY_FIELD, SearchFields.TEXT);
        def.setPrimaryPredicate(Kind.CLAUSE.predicate());
        for (Kind k : List.of(Kind.TASK, Kind.TARGET)) def.set(SearchFields.TEXT, k.predicate());
        return def;
    }
}
