package vn.policykg.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import vn.policykg.analysis.VietnameseAnalyzer.Form;
import vn.policykg.search.SearchHit;
import vn.policykg.store.BuiltStore;
import vn.policykg.store.TextIndexDefinition;
import vn.policykg.vocab.Vocab;

/**
 * The Solr configset's schema (src/main/resources/solr/policykg/conf/schema.xml) against the embedded index:
 * each analysis chain, built from the schema's names through Lucene's SPI as Solr builds it, gives the same
 * tokens, offsets and positions as the embedded analyzers on every clause, task and target text of the seeds;
 * and the schema has every field the embedded index writes.
 */
class AnalysisConfigsetTest {

    private static final String SCHEMA = "/solr/policykg/conf/schema.xml";

    private static Document schema;
    private static List<String> seedTexts;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = AnalysisConfigsetTest.class.getResourceAsStream(SCHEMA)) {
            schema = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        seedTexts = Stream.of(Vocab.text, Vocab.schemaName, Vocab.indicatorWords)
                .flatMap(p -> BuiltStore.seedGraph().listObjectsOfProperty(p).toList().stream())
                .map(n -> ((Literal) n).getLexicalForm())
                .distinct()
                .sorted()
                .toList();
    }

    @Test
    void theVietnameseStepsAreFoundByName() {
        assertThat(TokenFilterFactory.availableTokenFilters())
                .contains(
                        TonePlacementFilterFactory.NAME, IySpellingFilterFactory.NAME, AbbreviationsFilterFactory.NAME);
        assertThat(TokenFilterFactory.lookupClass("vietnameseIySpelling")).isEqualTo(IySpellingFilterFactory.class);
    }

    @Test
    void aWrongFormIsRefusedNamingTheStepAndTheValue() {
        assertThatThrownBy(() -> TokenFilterFactory.forName("vietnameseIySpelling", args("form", "ascii")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vietnameseIySpelling")
                .hasMessageContaining("\"ascii\"");
        assertThatThrownBy(() -> TokenFilterFactory.forName("vietnameseAbbreviations", args()))
                .hasMessageContaining("needs form=");
        assertThatThrownBy(() -> TokenFilterFactory.forName("vietnameseTonePlacement", args("form", "exact")))
                .hasMessageContaining("takes no parameters");
    }

    @Test
    void eachIndexedFieldIsAnalysedAsTheEmbeddedIndexAnalysesIt() throws IOException {
        assertThat(seedTexts).hasSizeGreaterThan(500);
        Analyzer embedded = SearchFields.indexAnalyzer();
        for (String field : List.of(
                SearchFields.TEXT,
                SearchFields.TEXT_FOLDED,
                SearchFields.TEXT_BIGRAMS,
                SearchFields.TEXT_FOLDED_BIGRAMS)) {
            try (Analyzer solr = analyzer(typeOf(field), "index")) {
                for (String text : seedTexts)
                    assertThat(Tokens.all(solr, field, text))
                            .as("%s: %s", field, text)
                            .isEqualTo(Tokens.all(embedded, field, text));
            }
        }
    }

    @Test
    void queriesExpandAbbreviationsAsTheEmbeddedQueryParserDoes() throws IOException {
        Map<String, Form> fields = Map.of(SearchFields.TEXT, Form.EXACT, SearchFields.TEXT_FOLDED, Form.FOLDED);
        List<String> typed = new ArrayList<>(List.of("BHYT", "bảo hiểm y tế", "HĐND tỉnh", "từ năm 2026", "Uỷ ban"));
        typed.addAll(seedTexts.subList(0, 200));
        for (var f : fields.entrySet())
            try (Analyzer solr = analyzer(typeOf(f.getKey()), "query");
                    Analyzer embedded = VietnameseAnalyzer.querySyllables(f.getValue())) {
                for (String text : typed)
                    assertThat(Tokens.all(solr, f.getKey(), text))
                            .as("%s: %s", f.getKey(), text)
                            .isEqualTo(Tokens.all(embedded, f.getKey(), text));
            }
        try (Analyzer folded = analyzer(typeOf(SearchFields.TEXT_FOLDED), "query")) {
            assertThat(Tokens.terms(folded, "bhyt")).contains("bhyt", "bao", "hiem", "y", "te");
        }
    }

    @Test
    void theSchemaHasEveryFieldTheEmbeddedIndexWrites() {
        Set<String> fields = new TreeSet<>();
        for (Element f : elements("field")) fields.add(f.getAttribute("name"));
        assertThat(fields).containsAll(SearchHit.STORED_FIELDS);
        for (TextIndexDefinition.Facet facet : TextIndexDefinition.Facet.values()) {
            assertThat(fields).contains(facet.field());
            assertThat(facet.countField()).endsWith("_count");
        }
        assertThat(schema.getElementsByTagName("uniqueKey").item(0).getTextContent())
                .isEqualTo(TextIndexDefinition.ENTITY_FIELD);
        Element folded = fieldType(typeOf(SearchFields.TEXT_FOLDED));
        assertThat(folded.getAttribute("storeOffsetsWithPositions"))
                .as("snippets are cut from the folded field's offsets")
                .isEqualTo("true");
    }

    /** The type of a field, by its name. */
    private static String typeOf(String field) {
        return elements("field").stream()
                .filter(e -> e.getAttribute("name").equals(field))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no field " + field + " in " + SCHEMA))
                .getAttribute("type");
    }

    private static Element fieldType(String name) {
        return elements("fieldType").stream()
                .filter(e -> e.getAttribute("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no fieldType " + name + " in " + SCHEMA));
    }

    /**
     * The analyzer of {@code type} for {@code use} ("index" or "query"; a type with one analyzer uses it for
     * both), built as Solr builds it: each step by its SPI {@code name}, the other attributes its parameters.
     */
    private static Analyzer analyzer(String type, String use) throws IOException {
        Element chosen = null;
        for (Element a : children(fieldType(type), "analyzer"))
            if (a.getAttribute("type").isEmpty() || a.getAttribute("type").equals(use)) chosen = a;
        assertThat(chosen).as("%s has an analyzer for %s", type, use).isNotNull();
        CustomAnalyzer.Builder b = CustomAnalyzer.builder();
        for (Element step : children(chosen, null)) {
            String name = step.getAttribute("name");
            assertThat(name)
                    .as("<%s> in %s is named by its SPI name", step.getTagName(), type)
                    .isNotEmpty();
            Map<String, String> params = new HashMap<>();
            NamedNodeMap attrs = step.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++)
                if (!attrs.item(i).getNodeName().equals("name"))
                    params.put(attrs.item(i).getNodeName(), attrs.item(i).getNodeValue());
            switch (step.getTagName()) {
                case "charFilter" -> b.addCharFilter(name, params);
                case "tokenizer" -> b.withTokenizer(name, params);
                case "filter" -> b.addTokenFilter(name, params);
                default -> throw new AssertionError("unknown analysis step <" + step.getTagName() + "> in " + type);
            }
        }
        return b.build();
    }

    private static List<Element> elements(String tag) {
        List<Element> out = new ArrayList<>();
        var nodes = schema.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
        return out;
    }

    /** The child elements of {@code parent} with {@code tag} (any tag when null). */
    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling())
            if (n instanceof Element e && (tag == null || e.getTagName().equals(tag))) out.add(e);
        return out;
    }

    private static Map<String, String> args(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) out.put(pairs[i], pairs[i + 1]);
        return out;
    }
}
