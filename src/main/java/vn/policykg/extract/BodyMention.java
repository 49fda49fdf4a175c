package vn.policykg.extract;

/**
 * A body named in a clause: the words as written, their canonical form, and where they stand in the
 * clause text. A collective mention ("các sở, ban, ngành", "Ủy ban nhân dân các xã, phường") stays
 * one mention of a group; it is never exploded into members.
 */
public record BodyMention(String asWritten, String canonical, boolean collective, int from, int to) {}
