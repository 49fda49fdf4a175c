/**
 * Vietnamese text for search and for addresses, used by every later stage: the analyzer that turns a text
 * into syllables (exact and folded, single and in pairs; {@link vn.policykg.analysis.SearchFields}), the
 * query parser for what people type, and small text helpers with one job each ({@link
 * vn.policykg.analysis.ToneMarks}, {@link vn.policykg.analysis.Slugs}). Depends on Lucene only, never on the
 * graph or the web layer: Solr nodes load this package too ({@code vn.policykg.search.solr}), and they have no
 * Jena ({@code SolrCloudSearchTest} fails when a class here reaches for it).
 *
 * <p>Each Vietnamese step is also a Lucene analysis factory registered by SPI
 * ({@code META-INF/services/org.apache.lucene.analysis.TokenFilterFactory}): {@code vietnameseTonePlacement},
 * {@code vietnameseIySpelling} and {@code vietnameseAbbreviations}, so that a chain written as configuration
 * (the Solr configset in {@code src/main/resources/solr/policykg/conf/schema.xml}) can name them.
 *
 * <p>To add a normalisation: write it as a Lucene {@code TokenFilter} with its own test (see
 * {@link vn.policykg.analysis.IySpellingFilter}) and add it to the chain in
 * {@link vn.policykg.analysis.VietnameseAnalyzer}; index and query then agree, since both use that chain. Give
 * it a factory beside the others (copy {@code TonePlacementFilterFactory}), list it in the SPI file, and add it
 * to the configset's chains; {@code AnalysisConfigsetTest} fails until the configset analyses as the embedded
 * index does.
 * Changing what is indexed means raising the index version in {@code vn.policykg.store.TextIndexDefinition},
 * so that stores rebuild their index at start.
 */
package vn.policykg.analysis;
