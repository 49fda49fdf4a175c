package vn.policykg.web;

/**
 * The one choice between JSON and an HTML page, for answers that have both (errors, the resolver's
 * candidates): an Accept naming {@code text/html} gets the page, one naming a JSON type gets JSON, and no
 * Accept or {@code *}{@code /*} gets what the endpoint serves by default.
 */
public final class JsonOrHtml {

    private JsonOrHtml() {}

    /** Whether to answer in JSON. */
    public static boolean json(String accept, boolean byDefault) {
        if (accept == null) return byDefault;
        if (accept.contains("text/html")) return false;
        return accept.contains("json") || byDefault;
    }
}
