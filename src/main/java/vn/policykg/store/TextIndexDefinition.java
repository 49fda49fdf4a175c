package vn.policykg.store;

import org.apache.jena.query.text.EntityDefinition;

import vn.policykg.vocab.Vocab;

/** Which literals the Lucene index holds, and under which field names. */
public final class TextIndexDefinition {

    public static final String ENTITY_FIELD = "uri";
    public static final String GRAPH_FIELD = "graph";
    /** Clause text; the default field of {@code text:query}. */
    public static final String TEXT_FIELD = "text";
    public static final String HEADING_FIELD = "heading";

    private TextIndexDefinition() {}

    public static EntityDefinition entityDefinition() {
        EntityDefinition def = new EntityDefinition(ENTITY_FIELD, TEXT_FIELD, GRAPH_FIELD);
        def.setPrimaryPredicate(Vocab.text.asNode());
        def.setLangField("lang");
        def.set(TEXT_FIELD, Vocab.text.asNode());
        def.set(HEADING_FIELD, Vocab.heading.asNode());
        return def;
    }
}
