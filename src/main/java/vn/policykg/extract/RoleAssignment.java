package vn.policykg.extract;

/** A body in a role, as one statement of a clause says. */
public record RoleAssignment(Role role, BodyMention body) {}
