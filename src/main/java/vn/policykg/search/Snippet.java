package vn.policykg.search;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A piece of a hit's text in parts, each matched or not; {@link #html()} is the same as HTML, and is what a
 * snippet is in JSON (the search API's answers).
 */
public record Snippet(List<Part> parts) {

    public record Part(String text, boolean match) {}

    public Snippet {
        parts = List.copyOf(parts);
    }

    /** Every character escaped, matches wrapped in {@code <mark>}. */
    @JsonValue
    public String html() {
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            String escaped = HtmlUtils.htmlEscape(p.text(), "UTF-8");
            out.append(p.match() ? "<mark>" + escaped + "</mark>" : escaped);
        }
        return out.toString();
    }
}
