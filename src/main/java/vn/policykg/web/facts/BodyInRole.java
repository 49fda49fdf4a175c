package vn.policykg.web.facts;

/** A body a task or target names in a role: {@code lead}, {@code coordinating} or {@code directing}. */
public record BodyInRole(String role, String iri, String label) {}
