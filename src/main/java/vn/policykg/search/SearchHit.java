package vn.policykg.search;

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
        float score) {}
