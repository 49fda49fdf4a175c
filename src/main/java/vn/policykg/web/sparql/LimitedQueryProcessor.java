package vn.policykg.web.sparql;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query operation with our limits. The whole answer is computed before the first byte
 * is written, so a query stopped by the timeout or over the size cap gets a clear error status instead
 * of a 200 that stops half-way (Fuseki itself streams SELECT results and would truncate them).
 */
final class LimitedQueryProcessor extends SPARQL_QueryDataset {

    private final SparqlLimits limits;

    LimitedQueryProcessor(SparqlLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString.length() > limits.maxQueryLength())
            throw new ActionErrorException(
                    HttpSC.PAYLOAD_TOO_LARGE_413,
                    "Truy vấn dài " + queryString.length() + " ký tự, vượt giới hạn " + limits.maxQueryLength()
                            + ". (The query has " + queryString.length() + " characters; at most "
                            + limits.maxQueryLength() + " are accepted.)",
                    null);
        super.execute(queryString, action);
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        if (!limits.serviceAllowed() && callsService(query))
            throw new ActionErrorException(
                    HttpSC.BAD_REQUEST_400,
                    "SERVICE (truy vấn liên kết tới máy chủ khác) bị tắt trên điểm truy cập này. "
                            + "(SERVICE, federated query, is turned off on this endpoint.)",
                    null);
    }

    /** SERVICE anywhere: in the pattern, in subqueries, in EXISTS inside expressions. */
    private static boolean callsService(Query query) {
        if (query.getQueryPattern() == null) return false;
        AtomicBoolean found = new AtomicBoolean();
        Walker.walk(
                Algebra.compile(query),
                new OpVisitorBase() {
                    @Override
                    public void visit(OpService op) {
                        found.set(true);
                    }
                },
                new ExprVisitorBase());
        return found.get();
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return QueryExec.newBuilder()
                .dataset(dataset)
                .query(query)
                .context(action.getContext())
                // Defence in depth: the syntactic check above is for the message, this is the rule.
                .set(ARQ.httpServiceAllowed, limits.serviceAllowed())
                .overallTimeout(timeoutMillis(action), TimeUnit.MILLISECONDS)
                .build();
    }

    /** The configured timeout, or the protocol's {@code ?timeout=} (seconds) when that is shorter. */
    private long timeoutMillis(HttpAction action) {
        long limit = limits.timeout().toMillis();
        String asked = action.getRequestParameter("timeout");
        Pair<Long, Long> parsed = asked == null ? null : Timeouts.parseTimeoutStr(asked, TimeUnit.SECONDS);
        return parsed != null && parsed.getRight() > 0 ? Math.min(limit, parsed.getRight()) : limit;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        try {
            if (query.isSelectType()) {
                RowSet rows = exec.select();
                return new QueryExecResult(RowSetStream.create(
                        rows.getResultVars(), capped(rows, "hàng (rows)").iterator()));
            }
            if (query.isConstructType()) {
                DatasetGraph dataset = DatasetGraphFactory.create();
                capped(exec.constructQuads(), "bộ ba (triples)").forEach(dataset::add);
                dataset.prefixes().putAll(query.getPrefixMapping());
                return new QueryExecResult(dataset);
            }
            if (query.isDescribeType()) {
                Graph graph = GraphFactory.createDefaultGraph();
                capped(exec.describeTriples(), "bộ ba (triples)").forEach(graph::add);
                graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
                return new QueryExecResult(graph);
            }
            if (query.isJsonType())
                return new QueryExecResult(capped(exec.execJsonItems(), "đối tượng JSON (JSON objects)")
                        .iterator());
            return super.executeQuery(action, exec, query, queryStringLog);
        } catch (QueryCancelledException e) {
            long seconds = TimeUnit.MILLISECONDS.toSeconds(timeoutMillis(action));
            throw new ActionErrorException(
                    HttpSC.SERVICE_UNAVAILABLE_503,
                    "Truy vấn chạy quá thời gian cho phép (" + seconds + " giây) nên đã bị dừng; hãy thu hẹp truy vấn. "
                            + "(The query ran past the " + seconds + " s time limit and was stopped; narrow it down.)",
                    null);
        }
    }

    /** Everything the iterator gives, refused when it gives more than the cap. */
    private <T> List<T> capped(Iterator<T> items, String what) {
        List<T> out = new ArrayList<>();
        try {
            while (items.hasNext()) {
                if (out.size() == limits.maxResultRows())
                    throw new ActionErrorException(
                            HttpSC.UNPROCESSABLE_ENTITY_422,
                            "Kết quả có hơn " + limits.maxResultRows() + " " + what
                                    + "; hãy thêm LIMIT hoặc thu hẹp truy vấn. " + "(The result has more than "
                                    + limits.maxResultRows() + " items; add a LIMIT or narrow the query.)",
                            null);
                out.add(items.next());
            }
        } finally {
            Iter.close(items);
        }
        return out;
    }
}
