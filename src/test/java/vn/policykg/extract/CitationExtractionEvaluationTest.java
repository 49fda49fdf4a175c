package vn.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.policykg.source.Corpus;

/**
 * Every numbered document cited anywhere in the five documents, against the gold set: which document
 * is cited in which clause (precision and recall), and whether its date, issuer, jurisdiction and the
 * relation are right for the mentions found.
 */
class CitationExtractionEvaluationTest {

    @Test
    void citationsMatchTheGoldSet() {
        Map<String, Map<String, String>> gold = new HashMap<>();
        for (Map<String, String> row : Gold.rows("citations.tsv"))
            gold.put(row.get("doc") + " " + row.get("clause") + " " + row.get("number"), row);
        Map<String, Citation> found = new HashMap<>();
        for (String doc : Corpus.NUMBERS)
            for (Citation c :
                    CitationExtractor.extract(Corpus.parsed(doc), DocumentContext.citationContext(Corpus.entry(doc))))
                found.putIfAbsent(doc + " " + c.clause().numberPath() + " " + c.number(), c);

        List<String> misses = new ArrayList<>();
        Gold.Score identity = Gold.score("citations", found.keySet(), gold.keySet(), misses);
        Map<String, int[]> attributes = new HashMap<>();
        for (var e : found.entrySet()) {
            Map<String, String> g = gold.get(e.getKey());
            if (g == null) continue;
            Citation c = e.getValue();
            check(attributes, misses, e.getKey(), "type", g.get("type"), c.type());
            check(
                    attributes,
                    misses,
                    e.getKey(),
                    "date",
                    g.get("date"),
                    c.date() == null ? "" : c.date().toString());
            if (!g.get("issuer").isEmpty())
                check(attributes, misses, e.getKey(), "issuer", g.get("issuer"), String.valueOf(c.issuer()));
            check(attributes, misses, e.getKey(), "jurisdiction", g.get("jurisdiction"), c.jurisdiction());
            check(
                    attributes,
                    misses,
                    e.getKey(),
                    "relation",
                    g.get("relation"),
                    c.relation().name().toLowerCase());
        }
        System.out.println(identity);
        attributes.forEach((k, v) -> System.out.printf("  %-13s right %d of %d%n", k, v[0], v[1]));
        misses.forEach(m -> System.out.println("  " + m));

        assertThat(identity.precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(identity.recall()).isGreaterThanOrEqualTo(0.98);
        attributes.forEach((k, v) -> assertThat((double) v[0] / v[1]).as(k).isGreaterThanOrEqualTo(0.95));
    }

    private static void check(
            Map<String, int[]> tally, List<String> misses, String key, String attribute, String gold, String found) {
        int[] t = tally.computeIfAbsent(attribute, a -> new int[2]);
        t[1]++;
        if (gold.equals(found)) t[0]++;
        else misses.add(attribute + " of " + key + ": gold '" + gold + "', found '" + found + "'");
    }
}
