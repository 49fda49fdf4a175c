/**
 * What a Solr node needs of ours beyond the analysis steps: the {@code {!vietnamese}} query parser. Compiled
 * against Solr's API (a {@code provided} dependency with nothing transitive) and loaded only by Solr, never by
 * this service.
 *
 * <p>To add a Solr plugin: write it here, register it in {@code src/main/resources/solr/policykg/conf/solrconfig.xml},
 * and exercise it in {@code SolrCloudSearchTest}, which runs real Solr nodes with these classes.
 */
package vn.policykg.search.solr;
