package vn.policykg.build;

import java.util.List;
import vn.policykg.store.StoreLayout;

/** A finished build: the published generation, its size and the report printed for people. */
public record BuildResult(StoreLayout.Generation generation, long triples, List<String> report) {}
