package vn.policykg.web.linkeddata;

import java.util.List;

/** What page templates show: plain values, already labelled; Thymeleaf escapes them. */
public final class PageValues {
    private PageValues() {}

    /** A link a reader can follow ({@code href} null: plain text). */
    public record Link(String text, String href) {}

    /** One value of a property: text, where it links to, its language tag (may be empty). */
    public record Value(String text, String href, String lang) {}

    /** One property of a resource with its values; {@code term} is the property's IRI. */
    public record Row(String label, String labelEn, String term, String termHref, List<Value> values) {}

    /** The triples of one subject (the resource or one of its fragments). */
    public record Block(String iri, List<Row> rows) {}

    /** A target as the comparison and list tables show it. */
    public record TargetRow(
            Link target,
            Link document,
            String province,
            String provinceIri,
            String period,
            String comparator,
            String comparatorWords,
            String value,
            String unit,
            String scope,
            String words,
            Link clause,
            String sortKey) {}

    /** A task as the lists show it. */
    public record TaskRow(
            Link task, Link clause, Link document, String role, String deadline, String due, List<Link> leads) {}

    /** A node of a document's structure tree. */
    public record TreeNode(Link link, String summary, List<TreeNode> children) {}

    /** A run of a clause's text; {@code facts} are the ids of the facts whose words it is (empty: plain text). */
    public record Segment(String text, List<String> facts, String title) {
        public boolean marked() {
            return !facts.isEmpty();
        }
    }

    /** Another form of the page's resource: its name, media type and address. */
    public record Alternate(String name, String mediaType, String href) {}

    /** A fact extracted from a clause, with its source words. */
    public record Fact(String id, String kind, Link link, String words, boolean located) {}
}
