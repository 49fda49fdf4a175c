package vn.policykg.search.solr;

import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;
import vn.policykg.analysis.VietnameseQueryParser;

/**
 * {@code {!vietnamese}} on a Solr node: what a person typed made into a query by the same
 * {@link VietnameseQueryParser} the embedded index uses, so a SolrCloud collection of the passages matches and
 * ranks as the embedded index does (with the configset's {@code ExactStatsCache}, every shard scores with the
 * collection's statistics). Registered in {@code solr/policykg/conf/solrconfig.xml}; the policy-kg classes must
 * be on the node's class path, as for the analysis steps.
 */
public class VietnameseQParserPlugin extends QParserPlugin {

    public static final String NAME = "vietnamese";

    @Override
    public QParser createParser(String typed, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(typed, localParams, params, req) {
            @Override
            public Query parse() throws SyntaxError {
                String text = typed == null ? "" : typed;
                return new VietnameseQueryParser()
                        .parse(text)
                        .orElseThrow(() -> new SyntaxError("Nothing to search for in '" + text + "'"));
            }
        };
    }
}
