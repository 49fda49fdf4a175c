package vn.policykg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every query in queries/ runs against a store built from data/. A SELECT's rows (a variable named
 * ?score left out, as Lucene scores are not stable) equal src/test/resources/queries/{name}.tsv; a
 * CONSTRUCT's graph, as sorted N-Triples lines, equals {name}.nt.
 */
@ExtendWith(SeedGeneration.class)
public class QueriesTest {

    private static OpenedGeneration store;

    @BeforeAll
    static void open(OpenedGeneration seeds) {
        store = seeds;
    }

    public static List<Path> queries() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("queries")
    void queryGivesTheExpectedRows(Path query) throws IOException {
        String text = Files.readString(query, StandardCharsets.UTF_8);
        assertThat(text).as("header").containsPattern("(?m)^# Title: .+").containsPattern("(?m)^# Question: .+\\?$");
        boolean construct = QueryFactory.create(text).isConstructType();
        List<String> rows = answer(store.dataset(), text);
        String name = query.getFileName().toString().replace(".rq", construct ? ".nt" : ".tsv");
        Path expected = Path.of("src/test/resources/queries", name);
        // The rows we got go to target/queries-actual, so a change can be reviewed with diff before the expected file
        // is replaced.
        Path actual = Path.of("target/queries-actual", name);
        Files.createDirectories(actual.getParent());
        Files.write(actual, rows, StandardCharsets.UTF_8);
        assertThat(expected).as("expected rows for " + query).exists();
        assertThat(rows)
                .as("rows of %s (got: %s)", query, actual)
                .isEqualTo(Files.readAllLines(expected, StandardCharsets.UTF_8));
    }

    /** A query's answer over {@code dataset}: a SELECT's rows as TSV (?score left out), a CONSTRUCT's N-Triples sorted. */
    public static List<String> answer(Dataset dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe =
                    QueryExecution.dataset(dataset).query(query).build()) {
                return qe.getQuery().isConstructType() ? sortedNTriples(qe.execConstruct()) : tsv(qe.execSelect());
            }
        });
    }

    private static List<String> sortedNTriples(Model graph) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        return out.toString().lines().sorted().distinct().toList();
    }

    private static List<String> tsv(ResultSet rs) {
        List<String> vars =
                rs.getResultVars().stream().filter(v -> !v.equals("score")).toList();
        List<String> out = new ArrayList<>();
        out.add(String.join("\t", vars));
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<String> cells = new ArrayList<>();
            for (String v : vars) {
                RDFNode n = s.get(v);
                cells.add(
                        n == null
                                ? ""
                                : n.isLiteral() ? n.asLiteral().getLexicalForm().replace("\n", "\\n") : n.toString());
            }
            out.add(String.join("\t", cells));
        }
        return out;
    }
}
