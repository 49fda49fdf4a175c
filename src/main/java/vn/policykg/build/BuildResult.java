package vn.policykg.build;

import vn.policykg.store.StoreLayout;

import java.util.List;

/** A finished build: the published generation, its size and the report printed for people. */
public record BuildResult(StoreLayout.Generation generation, long triples, List<String> report) {}
